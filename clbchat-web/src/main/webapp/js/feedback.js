// The operator's own feedback: what the chatscan sent them (answered once), their chats of the retention period to
// read back (each read audited) or to ask feedback on. All text is set as text, never as HTML.
import { el } from './dom.js';
import { call } from './staff-api.js';
import { supportNotesForm } from './support-notes.js';

const $ = (id) => document.getElementById(id);
const timeFormat = new Intl.DateTimeFormat('nl-BE', { weekday: 'long', day: 'numeric', month: 'long',
    hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Brussels' });
const monthFormat = new Intl.DateTimeFormat('nl-BE', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const states = { open: 'nog te bekijken', sent: 'nieuw', answered: 'beantwoord' };

function announce(text) { $('feedback-status').textContent = text; }
function showError(text) {
    const box = $('feedback-error');
    box.textContent = text;
    box.hidden = !text;
}

function when(iso) { return timeFormat.format(new Date(iso)); }

function received(scan) {
    const item = el('li', 'feedback-item card', '', { id: 'feedback-' + scan.id });
    const month = monthFormat.format(new Date(scan.period + '-01T12:00:00Z'));
    const heading = item.appendChild(el('h3', '', scan.origin === 'requested'
        ? 'Feedback die je vroeg' : 'Chatscan van ' + month));
    heading.appendChild(el('span', 'badge badge-' + scan.state, states[scan.state] || scan.state));
    if (scan.requestNote) { item.appendChild(el('p', 'hint', 'Je vroeg: "' + scan.requestNote + '"')); }
    if (scan.state === 'open') {
        item.appendChild(el('p', '', 'Een coördinator bekijkt dit gesprek nog.'));
        return item;
    }
    const scores = item.appendChild(el('dl', 'feedback-scores'));
    scan.scores.forEach((score) => {
        scores.appendChild(el('dt', '', score.item + (score.score ? ': ' + score.score + ' op 5' : '')));
        scores.appendChild(el('dd', '', score.comment || '—'));
    });
    if (scan.feedback) { item.appendChild(el('p', 'feedback-text', scan.feedback)); }
    item.appendChild(el('p', 'hint', 'Van ' + scan.reviewer + ', ' + when(scan.sentAt)));
    if (scan.answer) {
        item.appendChild(el('p', 'feedback-answer', 'Je antwoord: ' + scan.answer));
        return item;
    }
    const form = item.appendChild(el('form', 'feedback-answer-form', '', { novalidate: 'novalidate' }));
    const label = form.appendChild(el('label', 'input-label', 'Je antwoord (één keer)',
        { for: 'answer-' + scan.id }));
    const text = form.appendChild(el('textarea', '', '', { id: 'answer-' + scan.id, rows: '3',
        maxlength: '2000' }));
    label.after(text);
    form.appendChild(el('button', 'button', 'Antwoord versturen', { type: 'submit', id: 'answer-send-' + scan.id }));
    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        showError('');
        try {
            await call('PUT', '../api/chatscans/' + scan.id + '/answer', { answer: text.value });
            announce('Je antwoord is verstuurd.');
            await load();
            // The form is gone; the answer as it stands now takes the focus, so that keyboard users stay put.
            const answered = $('feedback-' + scan.id)?.querySelector('.feedback-answer');
            if (answered) {
                answered.setAttribute('tabindex', '-1');
                answered.focus();
            }
        } catch (problem) {
            showError(problem.message);
            text.focus();
        }
    });
    return item;
}

function own(chat) {
    const item = el('li', 'feedback-item', '', { id: 'own-' + chat.chatId });
    item.appendChild(el('p', '', when(chat.endedAt) + ' · ' + (chat.nickname || 'bezoeker')));
    const actions = item.appendChild(el('div', 'feedback-actions'));
    const read = actions.appendChild(el('button', 'button', 'Lees terug', { type: 'button' }));
    read.addEventListener('click', () => readBack(chat));
    if (chat.chatscan) {
        actions.appendChild(el('span', 'badge badge-' + chat.chatscanState, 'in de chatscan: '
            + (states[chat.chatscanState] || chat.chatscanState)));
        return item;
    }
    const ask = actions.appendChild(el('button', 'button', 'Vraag feedback', { type: 'button',
        'aria-expanded': 'false' }));
    const form = item.appendChild(el('form', 'feedback-ask-form', '', { novalidate: 'novalidate',
        hidden: 'hidden' }));
    const label = form.appendChild(el('label', 'input-label', 'Waarop wil je feedback? (mag leeg)',
        { for: 'ask-' + chat.chatId }));
    const note = form.appendChild(el('textarea', '', '', { id: 'ask-' + chat.chatId, rows: '2',
        maxlength: '500' }));
    label.after(note);
    form.appendChild(el('button', 'button', 'Feedback vragen', { type: 'submit' }));
    ask.addEventListener('click', () => {
        form.hidden = !form.hidden;
        ask.setAttribute('aria-expanded', String(!form.hidden));
        if (!form.hidden) { note.focus(); }
    });
    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        showError('');
        try {
            await call('POST', '../api/chatscans/requests', { chatId: chat.chatId, note: note.value });
            announce('Je vraag om feedback is verstuurd naar de coördinatoren.');
            await load();
        } catch (problem) {
            showError(problem.message);
        }
    });
    return item;
}

async function readBack(chat) {
    showError('');
    try {
        const transcript = await call('GET', '../api/transcripts/' + chat.chatId + '?reason=own-chat');
        const lines = $('reader-lines');
        lines.replaceChildren();
        transcript.messages.forEach((message) => {
            const line = lines.appendChild(el('li', message.from === 'visitor'
                ? 'transcript-visitor' : 'transcript-operator'));
            line.appendChild(el('span', 'transcript-who', message.from === 'visitor'
                ? (transcript.nickname || 'Bezoeker') : (transcript.operatorAlias || 'Jij')));
            line.appendChild(el('span', 'transcript-time', when(message.sentAt)));
            line.appendChild(el('p', 'transcript-text', message.text));
        });
        $('reader-heading').textContent = 'Gesprek van ' + when(transcript.endedAt);
        $('reader').hidden = false;
        $('reader-heading').focus();
    } catch (problem) {
        showError(problem.message);
    }
}

const supportStates = { open: 'wacht op een ondersteuner', taken: 'opgenomen', closed: 'afgesloten' };

/** One request for support the operator asked or took: who, the notes after the chat, and closing it. */
function supportCase(request) {
    const item = el('li', 'feedback-item card', '', { id: 'support-' + request.id });
    const mine = request.role === 'operator';
    const heading = item.appendChild(el('h3', '', mine
        ? 'Je vroeg ondersteuning op ' + when(request.askedAt)
        : 'Je ondersteunde ' + request.operatorAlias + ' op ' + when(request.askedAt)));
    heading.appendChild(el('span', 'badge badge-' + (request.state === 'closed' ? 'answered' : 'open'),
        supportStates[request.state] || request.state));
    if (request.note) { item.appendChild(el('p', 'hint', (mine ? 'Je vroeg: "' : 'De vraag: "') + request.note + '"')); }
    if (request.supporterName && mine) { item.appendChild(el('p', '', request.supporterName + ' las mee.')); }
    if (request.whispers.length) {
        const list = item.appendChild(el('ul', 'support-whispers'));
        request.whispers.forEach((whisper) => list.appendChild(el('li', '', 'Fluistering van ' + whisper.from
            + ' (' + when(whisper.sentAt) + '): ' + whisper.text)));
    }
    const other = mine ? request.supporterNote : request.operatorNote;
    if (other) {
        item.appendChild(el('p', 'support-note', (mine ? request.supporterName : request.operatorAlias)
            + ' schreef: "' + other + '"'));
    }
    const own = mine ? request.operatorNote : request.supporterNote;
    if (request.state !== 'taken') {
        if (own) { item.appendChild(el('p', 'support-note', 'Jouw notitie: "' + own + '"')); }
        return item;
    }
    item.appendChild(supportNotesForm({ id: request.id, note: own,
        label: 'Jouw notitie na het gesprek (alleen voor jullie twee)', className: 'feedback-answer-form',
        tell: (text, failed) => {
            showError(failed ? text : '');
            if (!failed) { announce(text); }
        },
        closed: async () => {
            await load();
            $('support-heading').focus();
        } }));
    return item;
}

async function load() {
    const [mine, chats, support] = await Promise.all([call('GET', '../api/chatscans/mine'),
        call('GET', '../api/chatscans/own-chats'), call('GET', '../api/support/mine')]);
    $('support').replaceChildren(...support.map(supportCase));
    $('support-empty').hidden = support.length > 0;
    $('received').replaceChildren(...mine.map(received));
    $('received-empty').hidden = mine.length > 0;
    $('own').replaceChildren(...chats.map(own));
    $('own-empty').hidden = chats.length > 0;
}

$('reader-close').addEventListener('click', () => {
    $('reader').hidden = true;
    $('own-heading').focus();
});
$('own-heading').setAttribute('tabindex', '-1');
$('support-heading').setAttribute('tabindex', '-1');
call('GET', '../api/privacy').then((privacy) => { $('retention').textContent = privacy.transcriptRetention; })
    .catch(() => {});
load().catch((problem) => showError(problem.message));
