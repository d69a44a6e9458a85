// "Doorverbinden" in a chat pane of the console: to a colleague on the same line or to another line the coordinators
// allow, warm or cold, with a short note; where it stands (asking the visitor, waiting for the receiver, refused).
// And the list of hand-overs offered to this operator, with "Neem over". All text is set as text, never as HTML.
import {el} from './dom.js';

const NO_CONNECTION = 'Geen verbinding: probeer het zo meteen opnieuw.';
const STATE_TEXT = {
    asking: 'We vragen de bezoeker of doorverbinden goed is…',
    waiting: 'Wacht tot iemand het gesprek overneemt. Je blijft in het gesprek tot dan.',
    refused: 'De bezoeker wil niet doorverbonden worden. Het gesprek blijft bij jou.',
    withdrawn: 'Je trok het doorverbinden in.',
    lapsed: 'Doorverbinden lukt nu niet (meer). Het gesprek blijft bij jou.'
};

function targetLabel(line) {
    const kind = line.partner ? ' (partnerlijn, ' + line.partner + ')' : line.box ? ' (chatbox van een CLB)' : '';
    const why = !line.open ? ' — gesloten' : line.available === 0 ? ' — niemand beschikbaar' : '';
    return line.name + kind + why;
}

function colleagueLabel(colleague) {
    return colleague.alias + (colleague.discipline ? ' (' + colleague.discipline + ')' : '')
        + (colleague.free ? '' : ' — nu niet vrij');
}

/**
 * The hand-over part of one chat's pane: a button among {@code actions}, a form and a status line above the log.
 * {@code send} sends a frame on the console's socket and says whether it could.
 */
export function attachHandover(panel, actions, chat, id, send) {
    const state = {handover: null};
    const box = el('div', 'handover-box');
    panel.insertBefore(box, chat.log);
    const status = box.appendChild(el('p', 'notice handover-status', '', {role: 'status'}));
    const withdraw = box.appendChild(el('button', 'button', 'Trek het doorverbinden in',
        {type: 'button', hidden: 'hidden'}));
    const form = box.appendChild(el('form', 'handover-form', '', {hidden: 'hidden'}));
    form.appendChild(el('label', '', 'Naar wie?', {for: id + '-handover-to'}));
    const to = form.appendChild(el('select', '', '', {id: id + '-handover-to'}));
    const warmLabel = form.appendChild(el('label', 'check'));
    const warm = warmLabel.appendChild(el('input', '', '', {type: 'checkbox', id: id + '-handover-warm',
        checked: 'checked'}));
    warmLabel.appendChild(document.createTextNode(' Warm: ik blijf tot de ander er is, en die mag meelezen wat al'
        + ' gezegd werd (naar een andere lijn: als de bezoeker dat goedvindt)'));
    form.appendChild(el('label', '', 'Overdrachtsnotitie (kort, voor wie overneemt)', {for: id + '-handover-note'}));
    const note = form.appendChild(el('textarea', '', '', {id: id + '-handover-note', rows: '2', maxlength: '500',
        required: 'required'}));
    const formActions = form.appendChild(el('p', 'handover-actions'));
    const submit = formActions.appendChild(el('button', 'button primary', 'Verbind door', {type: 'submit'}));
    const cancel = formActions.appendChild(el('button', 'button', 'Annuleer', {type: 'button'}));
    const open = actions.appendChild(el('button', 'button hand-over', 'Doorverbinden',
        {type: 'button', 'aria-label': 'Verbind het gesprek met ' + chat.info.nickname + ' door',
            'aria-expanded': 'false'}));

    function showForm(shown) {
        form.hidden = !shown;
        open.setAttribute('aria-expanded', String(shown));
        if (shown) {
            to.textContent = '';
            to.appendChild(el('option', '', 'Even laden…', {value: ''}));
            submit.disabled = true;
            if (!send({type: 'handoverOptions', chatId: chat.id})) { status.textContent = NO_CONNECTION; }
        }
    }

    open.addEventListener('click', () => showForm(form.hidden));
    cancel.addEventListener('click', () => {
        showForm(false);
        open.focus();
    });
    withdraw.addEventListener('click', () => {
        if (state.handover && !send({type: 'withdrawHandover', handoverId: state.handover.handoverId})) {
            status.textContent = NO_CONNECTION;
        }
    });
    form.addEventListener('submit', (event) => {
        event.preventDefault();
        const choice = to.value.split(':');
        if (!note.value.trim()) {
            status.textContent = 'Schrijf een korte overdrachtsnotitie.';
            note.focus();
            return;
        }
        if (!send({type: 'handOver', chatId: chat.id, kind: choice[0], to: choice.slice(1).join(':'),
            warm: warm.checked, note: note.value.trim()})) {
            status.textContent = NO_CONNECTION;
        }
    });

    function render() {
        const handover = state.handover;
        const going = handover && (handover.state === 'asking' || handover.state === 'waiting');
        open.hidden = !!going || chat.ended;
        withdraw.hidden = !going || (handover.kind === 'line' && !handover.warm && handover.state === 'waiting');
        status.textContent = handover ? (handover.toLineName && handover.kind === 'line'
            ? handover.toLineName + ': ' : '') + (STATE_TEXT[handover.state] || '') : '';
        status.classList.toggle('going', !!going);
    }

    return {
        /** The answer to "handoverOptions": the colleagues and lines the chat can go to now. */
        options(frame) {
            to.textContent = '';
            const colleagues = el('optgroup', '', '', {label: 'Een collega op deze lijn'});
            colleagues.appendChild(el('option', '', 'Wie van het team het eerst kan', {value: 'colleague:'}));
            frame.colleagues.forEach((colleague) => {
                const option = colleagues.appendChild(el('option', '', colleagueLabel(colleague),
                    {value: 'colleague:' + colleague.username}));
                if (!colleague.free) { option.disabled = true; }
            });
            to.appendChild(colleagues);
            if (frame.lines.length) {
                const lines = to.appendChild(el('optgroup', '', '', {label: 'Een andere chatlijn'}));
                frame.lines.forEach((line) => {
                    const option = lines.appendChild(el('option', '', targetLabel(line), {value: 'line:' + line.code}));
                    if (!line.open || line.available === 0) { option.disabled = true; }
                });
            }
            submit.disabled = false;
            to.focus();
        },
        /** Where this chat's hand-over stands ("handover" frame). */
        update(frame) {
            state.handover = frame;
            if (frame.state === 'asking' || frame.state === 'waiting') {
                form.hidden = true;
                open.setAttribute('aria-expanded', 'false');
                note.value = '';
            }
            render();
        },
        /** The chat left this operator ("handedOver"). */
        left(frame) {
            state.handover = null;
            form.hidden = true;
            status.textContent = frame.cold
                ? 'Doorverbonden: het gesprek wacht vooraan bij ' + frame.toLineName + '.'
                : 'Doorverbonden: ' + (frame.toAlias || 'een collega') + ' (' + frame.toLineName
                    + ') nam het gesprek over.';
            open.hidden = withdraw.hidden = true;
        },
        chatEnded() {
            form.hidden = true;
            render();
        },
        reopened() {
            state.handover = null;
            render();
        },
        /** The error of a hand-over frame, shown here. */
        refused(text) {
            status.textContent = text;
        }
    };
}

const clock = new Intl.DateTimeFormat('nl-BE', {timeZone: 'Europe/Brussels', hour: '2-digit', minute: '2-digit'});

/**
 * The hand-overs offered to this operator ("handoverOffers"), in {@code list}: who hands it over from which line, the
 * note, what the visitor allowed to be read, and "Neem over".
 */
export function renderOffers(section, list, frame, send, onRefused) {
    list.textContent = '';
    section.hidden = !frame.offers.length;
    frame.offers.forEach((offer) => {
        const item = list.appendChild(el('li', 'handover-offer'));
        item.appendChild(el('p', 'who', offer.fromAlias + ' (' + offer.fromLineName + ') wil ' + offer.nickname
            + (offer.named ? ' aan jou' : '') + ' doorgeven · ' + clock.format(new Date(offer.offeredAt))));
        item.appendChild(el('p', 'note', offer.note || ''));
        item.appendChild(el('p', 'hint', offer.shared ? 'Je kan lezen wat al gezegd werd.'
            : 'Je leest alleen wat vanaf nu gezegd wordt.'));
        if (offer.messages.length) {
            const log = item.appendChild(el('ol', 'messages shared', '', {'aria-label': 'Wat al gezegd werd',
                tabindex: '0'}));
            offer.messages.forEach((message) => {
                const li = log.appendChild(el('li', 'message ' + (message.from === 'visitor' ? 'from-visitor'
                    : message.from === 'system' ? 'from-system' : 'from-operator')));
                li.appendChild(el('p', 'text', message.text));
            });
        }
        const take = item.appendChild(el('button', 'button primary', 'Neem over',
            {type: 'button', 'aria-label': 'Neem het gesprek met ' + offer.nickname + ' over van ' + offer.fromAlias}));
        take.addEventListener('click', () => {
            if (!send({type: 'takeHandover', handoverId: offer.handoverId})) { onRefused(NO_CONNECTION); }
        });
    });
}
