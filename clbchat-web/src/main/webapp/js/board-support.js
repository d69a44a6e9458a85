// Requests for support on the live board: the list (a badge, a sound and a spoken alert for each new one), taking one
// ("Ik neem het op"; one wins, the others see who took it), reading its chat along live (read-only) and whispering to
// its operator; after the chat the supporter's note and closing. All text is set as text, never as HTML.
import { el } from './dom.js';
import { Alerts } from './alerts.js';
import { supportNotesForm } from './support-notes.js';

const $ = (id) => document.getElementById(id);
const clock = new Intl.DateTimeFormat('nl-BE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Brussels' });
const alerted = new Set();
const readAlongs = {};
let firstList = true;
let send = () => false;
// The console's sound (switched off there, off here too) and, in a background tab, a notification.
const alerts = new Alerts();

function showError(text) { $('support-error').textContent = text || ''; }

function time(iso) { return clock.format(new Date(iso)); }

function requestItem(request) {
    const item = el('li', 'support-request' + (request.urgent ? ' urgent' : ''), '',
        { id: 'support-' + request.id, 'data-state': request.state });
    const head = item.appendChild(el('p', 'support-head'));
    if (request.urgent) { head.appendChild(el('span', 'badge badge-open', 'dringend')); }
    head.appendChild(el('strong', '', request.operatorAlias));
    head.appendChild(document.createTextNode(' · ' + request.lineName + ' · gevraagd om ' + time(request.askedAt)));
    if (request.note) { item.appendChild(el('p', 'support-note', '"' + request.note + '"')); }
    if (request.state === 'open') {
        const take = item.appendChild(el('button', 'button primary', 'Ik neem het op',
            { type: 'button', 'aria-label': 'Ik neem de vraag van ' + request.operatorAlias + ' op' }));
        take.addEventListener('click', () => {
            showError('');
            if (!send({ type: 'take', requestId: request.id })) {
                showError('Geen verbinding: probeer het zo meteen opnieuw.');
            }
        });
    } else if (!request.mine) {
        item.appendChild(el('p', 'hint', 'Opgenomen door ' + request.supporterName + '.'));
    } else if (request.chatGoing) {
        item.appendChild(el('p', 'hint', 'Jij leest mee (hieronder).'));
    } else {
        item.appendChild(notesForm(request));
    }
    return item;
}

/** After the chat: the supporter's note (the operator's is shown when there is one) and closing the request. */
function notesForm(request) {
    const form = el('div', 'support-notes');
    form.appendChild(el('p', '', 'Het gesprek is voorbij. Schrijf een notitie en sluit de vraag af.'));
    if (request.operatorNote) {
        form.appendChild(el('p', 'support-note', request.operatorAlias + ' schreef: "' + request.operatorNote + '"'));
    }
    const status = el('p', 'hint', '', { role: 'status' });
    form.appendChild(supportNotesForm({ id: request.id, note: request.supporterNote,
        label: 'Jouw notitie (alleen voor jullie twee)', className: 'support-notes-form',
        tell: (text) => { status.textContent = text; }, closed: () => {} }));  // the list follows over the socket
    form.appendChild(status);
    return form;
}

function showRequests(requests) {
    const open = requests.filter((request) => request.state === 'open');
    const fresh = open.filter((request) => !alerted.has(request.id));
    fresh.forEach((request) => alerted.add(request.id));
    // A list redrawn while someone types a note would lose it: only the items that changed are replaced.
    const list = $('support-requests');
    const keep = {};
    requests.forEach((request) => { keep['support-' + request.id] = JSON.stringify(request); });
    Array.from(list.children).forEach((item) => { if (!keep[item.id]) { item.remove(); } });
    requests.forEach((request, index) => {
        const existing = $('support-' + request.id);
        if (existing && existing.dataset.json === keep[existing.id]) {
            if (list.children[index] !== existing) { list.insertBefore(existing, list.children[index] || null); }
            return;
        }
        const item = requestItem(request);
        item.dataset.json = keep[item.id];
        if (existing) {
            existing.replaceWith(item);
        } else {
            list.insertBefore(item, list.children[index] || null);
        }
    });
    $('support-none').hidden = requests.length > 0;
    const count = $('support-count');
    count.textContent = open.length + ' open';
    count.hidden = open.length === 0;
    document.title = (open.length ? '(' + open.length + ') ' : '') + 'Live bord – CLBch@t';
    if (fresh.length && !firstList) {
        const urgent = fresh.some((request) => request.urgent);
        $('support-alert').textContent = (urgent ? 'Dringend: ' : '') + 'nieuwe vraag om ondersteuning van '
            + fresh.map((request) => request.operatorAlias).join(', ') + '.';
        fresh.forEach((request) => alerts.tell('support', request.operatorAlias));
    }
    firstList = false;
}

function messageItem(along, message) {
    const from = message.from === 'visitor' ? along.nickname : along.operatorAlias;
    const item = el('li', 'message ' + (message.from === 'visitor' ? 'from-visitor' : 'from-operator'), '',
        { 'data-seq': String(message.seq) });
    const meta = item.appendChild(el('p', 'meta'));
    meta.appendChild(el('span', 'who', from));
    meta.appendChild(document.createTextNode(' '));
    meta.appendChild(el('time', 'time', time(message.sentAt), { datetime: message.sentAt }));
    item.appendChild(el('p', 'text', message.text));
    return item;
}

function whisperItem(whisper) {
    const item = el('li', 'message whisper');
    const meta = item.appendChild(el('p', 'meta'));
    meta.appendChild(el('span', 'who', 'Jij fluisterde'));
    meta.appendChild(document.createTextNode(' '));
    meta.appendChild(el('time', 'time', time(whisper.sentAt), { datetime: whisper.sentAt }));
    item.appendChild(el('p', 'text', whisper.text));
    return item;
}

function addMessage(along, message) {
    if (along.seqs.has(message.seq)) { return; }
    along.seqs.add(message.seq);
    along.log.appendChild(messageItem(along, message));
    along.log.scrollTop = along.log.scrollHeight;
}

function showReadAlong(frame) {
    const old = readAlongs[frame.requestId];
    if (old) { old.pane.remove(); }
    const along = { requestId: frame.requestId, nickname: frame.nickname, operatorAlias: frame.operatorAlias,
        seqs: new Set() };
    const id = 'read-along-' + frame.requestId;
    const pane = along.pane = el('section', 'card read-along', '', { id, 'aria-labelledby': id + '-title' });
    pane.appendChild(el('h3', '', 'Je leest mee: ' + frame.operatorAlias + ' met ' + frame.nickname,
        { id: id + '-title', tabindex: '-1' }));
    pane.appendChild(el('p', 'hint', 'Alleen lezen. Je fluistert aan ' + frame.operatorAlias
        + ': dat ziet alleen ' + frame.operatorAlias + ', nooit de bezoeker.'));
    along.log = pane.appendChild(el('ol', 'messages', '', { 'aria-live': 'polite', 'aria-relevant': 'additions',
        'aria-label': 'Het gesprek, live', tabindex: '0' }));
    frame.messages.forEach((message) => addMessage(along, message));
    frame.whispers.forEach((whisper) => along.log.appendChild(whisperItem(whisper)));
    along.ended = pane.appendChild(el('p', 'notice ended-notice', '', { role: 'status' }));
    const form = along.form = pane.appendChild(el('form', 'whisper-form'));
    form.appendChild(el('label', '', 'Fluister aan ' + frame.operatorAlias, { for: id + '-whisper' }));
    const input = along.input = form.appendChild(el('textarea', '', '',
        { id: id + '-whisper', rows: '2', maxlength: '500' }));
    const button = form.appendChild(el('button', 'button primary', 'Fluister', { type: 'submit' }));
    along.error = form.appendChild(el('p', 'notice chat-error', '', { role: 'alert' }));
    form.addEventListener('submit', (event) => {
        event.preventDefault();
        const text = input.value.trim();
        if (!text) {
            along.error.textContent = 'Schrijf eerst wat je wil fluisteren.';
            return;
        }
        along.error.textContent = '';
        if (send({ type: 'whisper', requestId: frame.requestId, text })) {
            along.sent = text;
            input.value = '';
            input.focus();
        } else {
            along.error.textContent = 'Geen verbinding: je fluistering is niet verstuurd.';
        }
        button.blur();
    });
    input.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
            event.preventDefault();
            form.requestSubmit();
        }
    });
    readAlongs[frame.requestId] = along;
    $('read-alongs').appendChild(pane);
    if (!old) { pane.querySelector('h3').focus(); }
}

/** What the board's socket brought for support; true when the frame was one of these. */
export function onSupportFrame(frame) {
    const along = readAlongs[frame.requestId];
    switch (frame.type) {
    case 'supportRequests': showRequests(frame.requests); return true;
    case 'readAlong': showReadAlong(frame); return true;
    case 'readAlongMessage': if (along) { addMessage(along, frame); } return true;
    case 'whisper':
        if (along) {
            along.log.appendChild(whisperItem(frame));
            along.log.scrollTop = along.log.scrollHeight;
        }
        return true;
    case 'readAlongEnded':
        if (along) {
            along.ended.textContent = 'Het gesprek is voorbij. Schrijf je notitie bij de vraag hierboven.';
            along.form.hidden = true;
            delete readAlongs[frame.requestId];
        }
        return true;
    case 'error':
        if (frame.code === 'support-taken' || frame.code === 'support-closed' || frame.code === 'unknown-support'
            || frame.code === 'chat-ended' || frame.code === 'own-request') {
            showError(frame.message);
        } else {
            const open = Object.values(readAlongs);
            if (open.length) {
                open[open.length - 1].error.textContent = frame.message;
            } else {
                showError(frame.message);
            }
        }
        return true;
    default: return false;
    }
}

/** {@code sender} sends a frame on the board's socket and says whether it could. */
export function attachSupport(sender) {
    send = sender;
    document.addEventListener('pointerdown', () => alerts.unlock(), { once: true });
    document.addEventListener('keydown', () => alerts.unlock(), { once: true });
}
