// The live board: one socket (/ws/board); every board frame is the whole board. Waiting times and chat durations are
// counted on here every second. The requests for support come on the same socket (board-support.js). All text is set
// as text, never as HTML.
import { el } from './dom.js';
import { attachSupport, onSupportFrame } from './board-support.js';

const $ = (id) => document.getElementById(id);
const clock = new Intl.DateTimeFormat('nl-BE', { hour: '2-digit', minute: '2-digit', second: '2-digit',
    timeZone: 'Europe/Brussels' });
let board = null;
let retry = 1000;
let socket = null;

function minutesSeconds(since) {
    const seconds = Math.max(0, Math.floor((Date.now() - Date.parse(since)) / 1000));
    return Math.floor(seconds / 60) + ':' + String(seconds % 60).padStart(2, '0');
}

function badge(text, kind) { return el('span', 'badge badge-' + kind, text); }

function line(view) {
    const card = el('section', 'card board-line', '', { 'aria-labelledby': 'line-' + view.code,
        id: 'board-' + view.code });
    card.appendChild(el('h2', '', view.name, { id: 'line-' + view.code }));
    const badges = card.appendChild(el('p', 'board-badges'));
    badges.appendChild(badge(view.waiting + ' wachtend', view.waiting > 0 ? 'open' : 'answered'));
    if (view.waitingSince) {
        badges.appendChild(el('span', 'board-wait', 'langste wacht ', { 'data-since': view.waitingSince }))
            .appendChild(el('span', 'tick', minutesSeconds(view.waitingSince), { 'data-since': view.waitingSince }));
    }
    badges.appendChild(badge(view.medicalOnline ? 'medisch ✓' : 'geen arts of verpleegkundige online',
        view.medicalOnline ? 'answered' : 'open'));
    if (view.roster) {
        badges.appendChild(badge('rooster: ' + view.roster.summary, view.roster.plannedOnline
            < view.roster.planned ? 'open' : 'answered'));
    }
    card.appendChild(el('h3', '', 'Online (' + view.operators.length + ')'));
    if (view.operators.length === 0) {
        card.appendChild(el('p', 'hint', 'Niemand van het team is online.'));
    } else {
        const list = card.appendChild(el('ul', 'board-operators'));
        view.operators.forEach((operator) => {
            list.appendChild(el('li', '', operator.alias + ' · ' + operator.discipline + ' · '
                + operator.chats + (operator.chats === 1 ? ' gesprek' : ' gesprekken')
                + (operator.available ? '' : ' · niet beschikbaar')));
        });
    }
    card.appendChild(el('h3', '', 'Gesprekken (' + view.chats.length + ')'));
    if (view.chats.length > 0) {
        const list = card.appendChild(el('ul', 'board-chats'));
        view.chats.forEach((chat) => {
            const item = list.appendChild(el('li', '', chat.operatorAlias + ' · ', { 'data-since': chat.since }));
            item.appendChild(el('span', 'tick', minutesSeconds(chat.since), { 'data-since': chat.since }));
            item.appendChild(el('span', 'board-over', ' · langer dan ' + board.longestChatMinutes + ' minuten'));
        });
    }
    return card;
}

function render() {
    $('lines').replaceChildren(...board.lines.map(line));
    $('no-lines').hidden = board.lines.length > 0;
    tick();
}

function tick() {
    document.querySelectorAll('.tick').forEach((node) => { node.textContent = minutesSeconds(node.dataset.since); });
    const limit = board ? board.longestChatMinutes * 60 * 1000 : Infinity;
    document.querySelectorAll('.board-chats li').forEach((item) => {
        item.classList.toggle('over', Date.now() - Date.parse(item.dataset.since) >= limit);
    });
}

function connect() {
    socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws/board');
    socket.addEventListener('open', () => { retry = 1000; });
    socket.addEventListener('message', (event) => {
        const frame = JSON.parse(event.data);
        if (onSupportFrame(frame) || frame.type !== 'board') { return; }
        board = frame;
        $('board-state').textContent = 'Live · bijgewerkt om ' + clock.format(new Date());
        render();
    });
    socket.addEventListener('close', (event) => {
        if (event.code === 1008) {
            $('board-state').textContent = 'Het live bord is voor de coördinatoren en de ondersteuners.';
            return;
        }
        $('board-state').textContent = 'Verbinding weg; opnieuw verbinden…';
        setTimeout(connect, retry);
        retry = Math.min(retry * 2, 30000);
    });
}

attachSupport((frame) => {
    if (!socket || socket.readyState !== WebSocket.OPEN) { return false; }
    socket.send(JSON.stringify(frame));
    return true;
});
setInterval(tick, 1000);
connect();
