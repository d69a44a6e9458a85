// "Vraag ondersteuning" in a chat pane of the console: the request (a short note, urgent or not), where it stands
// (waiting, who took it and reads along), and the supporter's whispers inside the pane — marked as whispers, seen by
// this operator only; after the chat, a pointer to the notes. All text is set as text, never as HTML.
import {el} from './dom.js';

const clock = new Intl.DateTimeFormat('nl-BE', {timeZone: 'Europe/Brussels', hour: '2-digit', minute: '2-digit'});
const NO_CONNECTION = 'Geen verbinding: probeer het zo meteen opnieuw.';

/** The place of a whisper among the messages: just after the last message sent before it. */
function whisperSeq(log, sentAt) {
    const at = Date.parse(sentAt);
    let seq = 0;
    log.querySelectorAll('li[data-seq]:not(.whisper)').forEach((item) => {
        const time = item.querySelector('time');
        const stamp = time && Date.parse(time.dateTime);
        if (stamp && stamp <= at) { seq = Math.max(seq, +item.getAttribute('data-seq')); }
    });
    return seq + 0.5;
}

/**
 * The support part of one chat's pane: a button among {@code actions}, a form and a status line above the log.
 * {@code send} sends a frame on the console's socket and says whether it could; {@code onABox}: the chat is on a
 * CLB's box, where no request for support is asked (the button stays hidden).
 */
export function attachSupport(panel, actions, chat, id, send, onABox) {
    const state = {request: null, whispers: new Set(), ended: false};
    const box = el('div', 'support-box');
    panel.insertBefore(box, chat.log);
    const status = box.appendChild(el('p', 'notice support-status', '', {role: 'status'}));
    const withdraw = box.appendChild(el('button', 'button', 'Trek je vraag in', {type: 'button', hidden: 'hidden'}));
    const form = box.appendChild(el('form', 'support-form', '', {hidden: 'hidden'}));
    form.appendChild(el('label', '', 'Waarover wil je ondersteuning? (kort, mag leeg)', {for: id + '-support-note'}));
    const note = form.appendChild(el('textarea', '', '', {id: id + '-support-note', rows: '2', maxlength: '280'}));
    const urgentLabel = form.appendChild(el('label', 'check'));
    const urgent = urgentLabel.appendChild(el('input', '', '', {type: 'checkbox', id: id + '-support-urgent'}));
    urgentLabel.appendChild(document.createTextNode(' Dringend'));
    const formActions = form.appendChild(el('p', 'support-actions'));
    formActions.appendChild(el('button', 'button primary', 'Vraag het', {type: 'submit'}));
    const cancel = formActions.appendChild(el('button', 'button', 'Annuleer', {type: 'button'}));
    const ask = actions.appendChild(el('button', 'button ask-support', 'Vraag ondersteuning',
        {type: 'button', 'aria-label': 'Vraag ondersteuning bij het gesprek met ' + chat.info.nickname,
            'aria-expanded': 'false'}));

    function showForm(open) {
        form.hidden = !open;
        ask.setAttribute('aria-expanded', String(open));
        if (open) { note.focus(); }
    }

    ask.addEventListener('click', () => showForm(form.hidden));
    cancel.addEventListener('click', () => {
        showForm(false);
        ask.focus();
    });
    form.addEventListener('submit', (event) => {
        event.preventDefault();
        if (!send({type: 'askSupport', chatId: chat.id, note: note.value.trim(), urgent: urgent.checked})) {
            status.textContent = NO_CONNECTION;
        }
    });
    withdraw.addEventListener('click', () => {
        if (state.request && !send({type: 'withdrawSupport', requestId: state.request.requestId})) {
            status.textContent = NO_CONNECTION;
        }
    });

    function render() {
        const request = state.request;
        const active = request && (request.state === 'open' || request.state === 'taken');
        // On a CLB's box its own team supports the operator: no request there.
        ask.hidden = !!active || state.ended || onABox;
        withdraw.hidden = !(request && request.state === 'open') || state.ended;
        status.classList.toggle('taken', !!request && request.state === 'taken');
        if (!request) {
            status.textContent = '';
        } else if (request.state === 'open') {
            status.textContent = 'Je vroeg ondersteuning' + (request.urgent ? ' (dringend)' : '')
                + '. Een ondersteuner neemt het zo op…';
        } else if (request.state === 'taken' && !state.ended) {
            status.textContent = request.supporterName + ' leest mee en kan je iets fluisteren. De bezoeker ziet dat'
                + ' niet.';
        } else if (request.state === 'taken') {
            status.textContent = '';
            status.appendChild(document.createTextNode(request.supporterName + ' las mee. Schrijf een notitie bij de'
                + ' ondersteuning en sluit ze af in '));
            const link = status.appendChild(el('a', '', 'Mijn feedback', {href: 'feedback.html#ondersteuning'}));
            link.target = '_blank';
            status.appendChild(document.createTextNode('.'));
        } else {
            status.textContent = request.outcome === 'withdrawn' ? 'Je trok je vraag om ondersteuning in.'
                : request.outcome === 'not_taken' ? 'Niemand nam je vraag om ondersteuning op.'
                    : 'De ondersteuning is afgesloten.';
        }
    }

    function addWhisper(whisper) {
        const key = whisper.sentAt + '|' + whisper.text;
        if (state.whispers.has(key)) { return; }
        state.whispers.add(key);
        const item = el('li', 'message whisper', '', {'data-seq': String(whisperSeq(chat.log, whisper.sentAt))});
        const meta = item.appendChild(el('p', 'meta'));
        meta.appendChild(el('span', 'who', 'Fluistering van ' + whisper.from));
        meta.appendChild(document.createTextNode(' · alleen jij ziet dit · '));
        const time = meta.appendChild(el('time', 'time', clock.format(new Date(whisper.sentAt))));
        time.dateTime = whisper.sentAt;
        item.appendChild(el('p', 'text', whisper.text));
        let next = null;
        for (let n = chat.log.firstElementChild; n; n = n.nextElementSibling) {
            if (!n.hasAttribute('data-seq') || +n.getAttribute('data-seq') > +item.getAttribute('data-seq')) {
                next = n;
                break;
            }
        }
        chat.log.insertBefore(item, next);
        chat.log.scrollTop = chat.log.scrollHeight;
    }

    render();
    return {
        /** A "support" frame: where the request stands (with the whispers so far after a reconnect). */
        update(frame) {
            state.request = frame;
            showForm(false);
            (frame.whispers || []).forEach(addWhisper);
            render();
        },
        whisper(frame) {
            addWhisper(frame);
        },
        chatEnded() {
            state.ended = true;
            showForm(false);
            render();
        },
        reopened() {
            state.ended = false;
            state.request = null;
            render();
        }
    };
}
