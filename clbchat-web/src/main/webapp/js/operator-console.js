// The operator console over /ws/operator (docs/chat-protocol.md): alias, availability, the queue and the open chats.
// Every `welcome` (also after a reconnect) is the full truth; the page merges it into what it shows so nothing typed is lost.
// A message stays in the outbox until its `ack`, and is sent again with the same clientMsgId after a reconnect.
// The socket itself (reconnect, back-off, heartbeat, outbox, ids) is socket-client.js, shared with the visitor's page.
import {el} from './dom.js';
import {Alerts, unreadLabel} from './alerts.js';
import {attachCannedTexts} from './canned-texts.js';
import {cautionText} from './caution.js';
import {attachSupport} from './console-support.js';
import {attachHandover, renderOffers} from './console-handover.js';
import {attachRegistration} from './registration-form.js';
import {newId, Outbox, SeqSet, SocketClient, socketUrl} from './socket-client.js';

const ZONE = 'Europe/Brussels';
const OUTBOX_KEY = 'clbchat.operator.outbox';
const TITLE = 'CLBch@t-console';
const TYPING_SHOWN_MS = 4000, TYPING_SEND_MS = 2000, CONFIRM_MS = 5000, RETRY_TRY_AGAIN_MS = 4000;
const MAX_CHAT_MS = 45 * 60 * 1000;  // CLBch@t's longest chat
const ROLE = {pupil: 'leerling', parent: 'ouder', teacher: 'leerkracht'};
const GENDER = {girl: 'meisje', boy: 'jongen', other: 'anders', unknown: 'zeg ik liever niet'};
const ENDED_BY = {visitor: 'door de bezoeker', operator: 'door jou',
    system: 'door het systeem: de verbinding was te lang weg'};
/** A chat that went back to the queue because its operator was away longer than the grace period. */
const GIVEN_BACK = 'Je was te lang weg: dit gesprek staat weer in de wachtrij.';
const NO_CONNECTION = 'Er is nu geen verbinding. Probeer het zo opnieuw.';
const clock = new Intl.DateTimeFormat('nl-BE', {timeZone: ZONE, hour: '2-digit', minute: '2-digit'});
const alerts = new Alerts();
let lastSupportWanted = null;

let bannerState = '', acceptRequested = false;
let everWelcomed = false;
let failedOpens = 0;        // connections in a row that ended without a welcome
const me = {alias: null, available: false, maxChats: 2, lines: []};
let queue = {items: [], length: 0, operatorsOnline: 0};
let knownQueue = {};
const chats = {};           // chatId -> panel state
let panelCount = 0, ticks = 0;
const outbox = new Outbox({key: OUTBOX_KEY});  // [{chatId, clientMsgId, text}]

const client = new SocketClient({
    url: () => socketUrl('../ws/operator'),
    outbox,
    isWelcome: (frame) => frame.type === 'welcome',   // the back-off starts over
    onFrame: (frame) => {
        if (Object.prototype.hasOwnProperty.call(handlers, frame.type)) { handlers[frame.type](frame); }
    },
    onDisconnect: ({wasWelcomed}) => {
        failedOpens = wasWelcomed ? 0 : failedOpens + 1;
        showConnection();
        renderMe();
        renderQueue();
    }
});

/** This connection has had its welcome. */
const welcomed = () => client.welcomed;

const $ = (id) => document.getElementById(id);

const pad = (n) => (n < 10 ? '0' : '') + n;

function elapsedText(ms) {
    const s = Math.max(0, Math.floor(ms / 1000));
    if (s < 3600) { return pad(Math.floor(s / 60)) + ':' + pad(s % 60); }
    return Math.floor(s / 3600) + ' u ' + pad(Math.floor(s / 60) % 60) + ' min';
}

/** What the visitor said of the chat afterwards. */
function ratingText(frame) {
    const stars = frame.stars ? 'De bezoeker gaf ' + frame.stars + ' van 5 sterren' : 'De bezoeker gaf geen sterren';
    return stars + (frame.comment ? ' en schreef: “' + frame.comment + '”' : '') + '.';
}

function awayText(ms) {
    return 'Verbinding met de bezoeker weg sinds ' + elapsedText(ms) + '. Wacht even: wie terugkomt, ziet alles.';
}

function waitingText(ms) {
    const minutes = Math.max(0, Math.floor(ms / 60000));
    if (minutes < 1) { return 'wacht minder dan 1 min'; }
    if (minutes < 60) { return 'wacht ' + minutes + ' min'; }
    return 'wacht ' + Math.floor(minutes / 60) + ' u ' + pad(minutes % 60) + ' min';
}

function describe(who) {
    return [who.nickname, ROLE[who.role], who.age ? who.age + ' jaar' : '', GENDER[who.gender]]
        .filter(Boolean).join(' · ');
}

// Live regions stay in the DOM and only change text, so screen readers notice the change.
function setNotice(element, text) { element.textContent = text || ''; }

function showError(text) { setNotice($('console-error'), text); }

function announce(text) {
    const region = $('announcer');
    region.textContent = '';
    setTimeout(() => { region.textContent = text; }, 100);
}

// ---- connection ----

const send = (frame) => client.send(frame);

// Back online or back to this tab: try at once instead of waiting for the backoff.
function wake() {
    if (document.visibilityState === 'hidden') { return; }
    client.wake({freshBackoff: true});
}

function showConnection() {
    const state = welcomed() ? '' : failedOpens >= 2 ? 'session' : everWelcomed || failedOpens ? 'lost' : '';
    if (state === bannerState) { return; }  // an assertive region must not repeat itself on every retry
    bannerState = state;
    const banner = $('connection');
    banner.textContent = '';
    if (state === 'lost') {
        banner.textContent = 'Verbinding verloren — opnieuw verbinden…';
    } else if (state === 'session') {
        banner.appendChild(document.createTextNode('Je bent misschien afgemeld. '));
        const reload = el('a', 'reload', 'Laad de pagina opnieuw.');
        reload.href = window.location.href;
        reload.addEventListener('click', (event) => {
            event.preventDefault();
            window.location.reload();
        });
        banner.appendChild(reload);
    }
}

// ---- frames ----

const handlers = {
    welcome: (frame) => {
        everWelcomed = true;
        failedOpens = 0;
        me.alias = frame.alias || null;
        me.available = !!frame.available;
        me.maxChats = frame.maxChats || me.maxChats;
        me.lines = frame.lines || [];
        renderLines();
        const present = {};
        (frame.chats || []).forEach((c) => {
            present[c.chatId] = true;
            upsertChat(c);
        });
        setQueue(frame.queue || {}, true);
        Object.keys(chats).forEach((id) => {
            if (present[id]) { return; }
            setEnded(chats[id], knownQueue[id] ? GIVEN_BACK : 'Het gesprek is beëindigd.');
        });
        // Send again what was not acknowledged, oldest first and with the same id; the server stores it once.
        outbox.flush((entry) => {
            const chat = chats[entry.chatId];
            if (chat && !chat.ended) {
                showPending(chat, entry);
                transmit(entry);
            } else {
                // No one left to receive it; without a panel (another login in this tab?) it is not shown.
                failMessage(entry.clientMsgId, chat);
            }
        });
        showConnection();
        renderMe();
        showUnregistered();
        renderQueue();
    },
    alias: (frame) => {
        const hadFocus = $('alias-form').contains(document.activeElement);
        me.alias = frame.alias;
        showError('');
        renderMe();
        if (hadFocus) { $('availability').focus(); }
    },
    availability: (frame) => {
        me.available = !!frame.available;
        renderMe();
        renderQueue();
    },
    queue: (frame) => { setQueue(frame, false); },
    accepted: (frame) => {
        if (!frame.chat) { return; }
        const chat = upsertChat(frame.chat);
        renderQueue();
        if (acceptRequested) { chat.input.focus(); }  // only the tab that asked takes the focus
        acceptRequested = false;
    },
    ack: (frame) => {
        outbox.remove(frame.clientMsgId);   // the socket client did so already; kept for clarity
        const chat = chats[frame.chatId];
        // Not ours when another tab sent it: its `message` frame shows it.
        if (chat && chat.pending[frame.clientMsgId]) {
            addMessage(chat, {seq: frame.seq, from: 'operator', sentAt: frame.sentAt, clientMsgId: frame.clientMsgId});
            setNotice(chat.errorBox, '');
        }
    },
    message: (frame) => {
        const chat = chats[frame.chatId];
        if (!chat) { return; }
        const fresh = !chat.seqs.has(frame.seq);
        addMessage(chat, frame);
        if (fresh && frame.from === 'visitor' && !inFocus(chat)) {
            chat.unread++;
            showUnread(chat);
            alertOf('message', chat);
        }
    },
    typing: (frame) => {
        const chat = chats[frame.chatId];
        if (!chat || frame.from === 'operator' || chat.ended) { return; }
        chat.typing.textContent = chat.info.nickname + ' is aan het typen…';
        chat.typing.hidden = false;
        clearTimeout(chat.typingTimer);
        chat.typingTimer = setTimeout(() => hideTyping(chat), TYPING_SHOWN_MS);
    },
    rated: (frame) => {
        const chat = chats[frame.chatId];
        if (chat) { setNotice(chat.ratingBox, ratingText(frame)); }
    },
    visitor: (frame) => {
        const chat = chats[frame.chatId];
        if (!chat || chat.ended) { return; }
        setVisitor(chat, frame.connected, frame.since);
        // The visitor's page took the chat over on a new connection (its older one was closed): say so, also
        // when no drop was seen before, so that nobody can take a chat over unnoticed.
        if (frame.reconnected) { showReconnected(chat); }
    },
    ended: (frame) => {
        const chat = chats[frame.chatId];
        if (!chat) { return; }
        setEnded(chat, frame.givenBack ? GIVEN_BACK
            : frame.quickExit
            ? 'De bezoeker heeft snel weg gedrukt: misschien keek er iemand mee. Het gesprek is gestopt; schrijf niet meer.'
            : ENDED_BY[frame.by] ? 'Het gesprek is beëindigd ' + ENDED_BY[frame.by] + '.'
            : 'Het gesprek is beëindigd.', Date.parse(frame.endedAt));
    },
    error: (frame) => {
        let chat = frame.chatId ? chats[frame.chatId] : null;
        if (frame.code === 'try-again' && frame.clientMsgId && outbox.has(frame.clientMsgId)) {
            // Not stored while the database is away: it stays pending and goes again (same id, stored once).
            const entry = outbox.entries().find((waiting) => waiting.clientMsgId === frame.clientMsgId);
            if (chats[entry.chatId]) { setNotice(chats[entry.chatId].errorBox, frame.message); }
            setTimeout(() => { if (outbox.has(entry.clientMsgId)) { transmit(entry); } }, RETRY_TRY_AGAIN_MS);
            return;
        }
        if (frame.clientMsgId) {
            const entry = outbox.remove(frame.clientMsgId);
            chat = chat || (entry && chats[entry.chatId]) || null;
            failMessage(frame.clientMsgId, chat);
        }
        const text = frame.message || 'Er ging iets mis.';
        if (!chat) {
            acceptRequested = false;
            showError(text);
            if (frame.code === 'register-first') { showUnregistered(); }
            return;
        }
        setNotice(chat.errorBox, text);
        if (frame.code === 'chat-ended' || frame.code === 'unknown-chat') {
            setEnded(chat, 'Het gesprek is niet meer open.');
        }
    },
    // A supporter: how many requests for support wait to be taken on the live board.
    supportWanted: (frame) => {
        const box = $('support-wanted');
        box.textContent = '';
        box.hidden = !frame.open;
        if (!frame.open) { return; }
        box.appendChild(document.createTextNode((frame.urgent ? 'Dringend: ' : '') + (frame.open === 1
            ? 'een collega vraagt ondersteuning. ' : frame.open + ' collega\'s vragen ondersteuning. ')));
        box.appendChild(el('a', '', 'Neem het op in het live bord', {href: '../bord/'}));
        if (frame.newestId !== lastSupportWanted) { alerts.tell('support', frame.newestAlias); }
        lastSupportWanted = frame.newestId;
    },
    support: (frame) => {
        const chat = chats[frame.chatId];
        if (chat) { chat.support.update(frame); }
    },
    whisper: (frame) => {
        const chat = chats[frame.chatId];
        if (!chat) { return; }
        chat.support.whisper(frame);
        if (!inFocus(chat)) { alertOf('message', chat); }
    },
    // Hand-over (docs/chat-protocol.md "Hand-over"): the options asked for, where this chat's stands, the chat
    // that left for someone else, and what is offered to this operator.
    handoverOptions: (frame) => {
        const chat = chats[frame.chatId];
        if (chat) { chat.handover.options(frame); }
    },
    handover: (frame) => {
        const chat = chats[frame.chatId];
        if (chat) { chat.handover.update(frame); }
    },
    handedOver: (frame) => {
        const chat = chats[frame.chatId];
        if (!chat) { return; }
        chat.handover.left(frame);
        // Each registers their own part: this operator's ended with the hand-over.
        setEnded(chat, (frame.cold ? 'Doorverbonden met ' + frame.toLineName + '.'
            : 'Doorverbonden: ' + (frame.toAlias || 'een collega') + ' neemt het over.')
            + ' Registreer jouw deel van het gesprek.', Date.now());
        announce('Doorverbonden: het gesprek met ' + chat.info.nickname + ' is niet meer bij jou.');
    },
    handoverOffers: (frame) => {
        const before = $('offer-list').children.length;
        renderOffers($('offers'), $('offer-list'), frame, send, showError);
        if (frame.offers.length > before) {
            alerts.tell('handover', frame.offers[frame.offers.length - 1].fromAlias);
        }
    },
    pong: () => { /* the socket client notes that something came */ }
};

// ---- status and queue ----

function openCount() {
    return Object.keys(chats).filter((id) => !chats[id].ended).length;
}

function hasRoom() { return me.available && openCount() < me.maxChats; }

function renderMe() {
    $('alias-form').hidden = !everWelcomed || !!me.alias;
    $('alias-line').hidden = !me.alias;
    $('my-alias').textContent = me.alias || '';
    const button = $('availability');
    button.textContent = me.available ? 'Ik neem een pauze' : 'Ik ben beschikbaar';
    button.disabled = !welcomed() || !me.alias;
    if (everWelcomed) {
        $('availability-status').textContent = me.available ? 'Je bent beschikbaar' : 'Je bent afwezig';
    }
    document.body.classList.toggle('is-available', me.available);
}

// Chats ended earlier (before a reload, in another tab) that still need their registration: a form for each.
let unregisteredShown = {};
async function showUnregistered() {
    try {
        const response = await fetch('/api/chats/unregistered', {headers: {Accept: 'application/json'}});
        if (!response.ok) { return; }
        const ids = (await response.json()).chats || [];
        const box = $('to-register');
        const list = $('to-register-list');
        ids.filter((id) => !chats[id] && !unregisteredShown[id]).forEach((id) => {
            unregisteredShown[id] = true;
            const item = list.appendChild(el('li', 'to-register-item'));
            const title = item.appendChild(el('h3', 'chat-title', 'Gesprek'));
            attachRegistration(item, id, 'reg-' + (++panelCount), (found) => {
                title.textContent = 'Gesprek met ' + (found.nickname || 'een bezoeker')
                    + (found.endedAt ? ', beëindigd om ' + clock.format(new Date(found.endedAt)) : '');
            }).open();
        });
        box.hidden = list.children.length === 0;
    } catch (e) {
        // Offline: the next welcome tries again.
    }
}

// The lines whose team one is in: each queue item and chat is labelled with its line when there is more than one.
function lineName(code) {
    const found = (me.lines || []).find((line) => line.code === code);
    return found ? found.name : code;
}

function labelLines() { return (me.lines || []).length > 1; }

function renderLines() {
    const names = (me.lines || []).map((line) => line.name);
    $('my-lines').textContent = names.length === 0
        ? 'Je zit in geen enkel chatteam: vraag je coördinator of CLB-beheerder om je toe te voegen.'
        : 'Je beantwoordt: ' + names.join(', ') + '.';
}

function setQueue(frame, silent) {
    const before = knownQueue;
    const items = frame.items || [];
    // The server sends the head of the queue; queueLength is how many wait in all.
    queue = {items, length: typeof frame.queueLength === 'number' ? frame.queueLength : items.length,
        operatorsOnline: frame.operatorsOnline || 0};
    knownQueue = {};
    let fresh = false;
    queue.items.forEach((item) => {
        knownQueue[item.chatId] = true;
        fresh = fresh || !before[item.chatId];
    });
    renderQueue();
    if (fresh && !silent && hasRoom()) {
        announce('Nieuwe bezoeker in de wachtrij');
        if (me.available) { alertOf('queue', null); }
    }
}

function renderQueue() {
    const items = queue.items;
    $('queue-count').textContent = String(queue.length);
    const online = queue.operatorsOnline;
    $('operators-online').textContent = online + (online === 1 ? ' collega beschikbaar' : ' collega\'s beschikbaar');
    const list = $('queue-list');
    list.textContent = '';
    items.forEach((item) => {
        const li = el('li', 'queue-item' + (item.requeued ? ' is-requeued' : ''), '', {'data-chat-id': item.chatId});
        if (labelLines()) { li.appendChild(el('span', 'line-badge', lineName(item.line))); }
        li.appendChild(el('span', 'nickname', item.nickname));
        li.appendChild(el('span', 'details', describe({role: item.role, age: item.age, gender: item.gender})));
        li.appendChild(el('span', 'waiting', '', {'data-queued-at': item.queuedAt || ''}));
        if (item.requeued) { li.appendChild(el('span', 'requeued', 'teruggezet')); }
        list.appendChild(li);
    });
    updateWaiting();
    $('queue-empty').hidden = items.length > 0;

    const open = openCount();
    let hint = '';
    if (!welcomed()) {
        hint = 'Geen verbinding.';
    } else if (!me.alias) {
        hint = 'Kies eerst een schuilnaam.';
    } else if (!me.available) {
        hint = 'Zet je eerst op beschikbaar om gesprekken aan te nemen.';
    } else if (open >= me.maxChats) {
        hint = 'Je hebt al ' + open + (open === 1 ? ' gesprek' : ' gesprekken') + ' open (maximum).';
    }
    $('accept-hint').textContent = hint;
    $('accept-next').disabled = !!hint || items.length === 0;
    $('no-chats').hidden = Object.keys(chats).length > 0;
    setTitle();
}

function updateWaiting() {
    const now = Date.now();
    document.querySelectorAll('#queue-list .waiting').forEach((span) => {
        const since = Date.parse(span.getAttribute('data-queued-at'));
        span.textContent = isNaN(since) ? '' : waitingText(now - since);
    });
}

// ---- chats ----

function upsertChat(c) {
    const chat = chats[c.chatId] || buildPanel(c);
    chat.info = c;
    chat.acceptedAt = Date.parse(c.acceptedAt) || chat.acceptedAt || Date.now();
    chat.title.textContent = (labelLines() ? lineName(c.line) + ' · ' : '') + describe(c);
    if (chat.ended) { reopen(chat); }
    chat.cautionBox.textContent = cautionText(c.caution);
    if (c.handover) {
        setNotice(chat.handoverNote, 'Overgenomen van ' + c.handover.fromAlias + ' (' + c.handover.fromLineName + '): '
            + (c.handover.note || '') + (c.handover.shared ? '' : ' — je ziet alleen wat vanaf de overdracht gezegd'
                + ' werd.'));
    }
    setVisitor(chat, c.visitorConnected !== false, c.visitorAwaySince);
    (c.messages || []).slice().sort((a, b) => a.seq - b.seq).forEach((m) => addMessage(chat, m));
    tick();
    return chat;
}

function buildPanel(c) {
    const id = 'chat-' + (++panelCount);
    const chat = {id: c.chatId, info: c, seqs: new SeqSet(), pending: {}, ended: false, overTime: false, lastTyping: 0,
        unread: 0, awaySince: null};
    const panel = chat.panel = el('section', 'chat-panel', '', {'data-chat-id': c.chatId, 'aria-labelledby': id + '-title'});
    const head = panel.appendChild(el('div', 'chat-head'));
    chat.title = head.appendChild(el('h3', 'chat-title', '', {id: id + '-title'}));
    chat.elapsed = head.appendChild(el('p', 'chat-time', 'Duur: ')).appendChild(el('span', 'elapsed', '00:00'));
    chat.unreadBadge = head.appendChild(el('span', 'unread-badge', '', {hidden: 'hidden'}));
    chat.cautionBox = panel.appendChild(el('p', 'notice caution-notice'));
    chat.handoverNote = panel.appendChild(el('p', 'notice handover-note'));
    chat.overTimeBox = panel.appendChild(el('p', 'notice over-time-notice', '', {role: 'status'}));
    // Not a live region: it counts up every second; the change itself is announced once (setVisitor).
    chat.visitorBox = panel.appendChild(el('p', 'notice visitor-notice'));
    // tabindex: the log scrolls, so it must be reachable by keyboard.
    // A list that announces what is added (role "log" would take the list semantics away from its items).
    chat.log = panel.appendChild(el('ol', 'messages', '', {'aria-live': 'polite', 'aria-relevant': 'additions',
        'aria-label': 'Berichten met ' + c.nickname, tabindex: '0'}));
    chat.typing = panel.appendChild(el('p', 'typing', '', {hidden: 'hidden'}));
    chat.errorBox = panel.appendChild(el('p', 'notice chat-error', '', {role: 'alert'}));
    chat.endedBox = panel.appendChild(el('p', 'notice ended-notice', '', {role: 'status'}));
    chat.ratingBox = panel.appendChild(el('p', 'notice rating-notice', '', {role: 'status'}));

    const compose = panel.appendChild(el('div', 'compose'));
    compose.appendChild(el('label', 'input-label', 'Bericht aan ' + c.nickname, {'for': id + '-input'}));
    chat.input = compose.appendChild(el('textarea', 'message-input', '',
        {id: id + '-input', rows: '3', 'aria-describedby': id + '-keys'}));
    compose.appendChild(el('p', 'hint keys', 'Enter verstuurt, Shift+Enter geeft een nieuwe regel.', {id: id + '-keys'}));
    const actions = compose.appendChild(el('div', 'chat-actions'));
    chat.sendButton = actions.appendChild(el('button', 'button send', 'Verstuur',
        {type: 'button', 'aria-label': 'Verstuur naar ' + c.nickname}));
    chat.endButton = actions.appendChild(el('button', 'button end-chat', '', {type: 'button'}));
    chat.closeButton = actions.appendChild(el('button', 'button close-panel', 'Sluiten',
        {type: 'button', hidden: 'hidden', 'aria-label': 'Sluiten: gesprek met ' + c.nickname}));
    resetConfirm(chat);
    attachCannedTexts(actions, chat.input, id);
    chat.support = attachSupport(panel, actions, chat, id, send,
        (me.lines || []).some((line) => line.code === c.line && line.box));
    chat.handover = attachHandover(panel, actions, chat, id, send);
    chat.registration = attachRegistration(panel, c.chatId, id);

    chat.input.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
            event.preventDefault();
            sendFromPanel(chat);
        }
    });
    chat.input.addEventListener('input', () => {
        const now = Date.now();
        if (!chat.ended && chat.input.value.trim() && now - chat.lastTyping >= TYPING_SEND_MS) {
            chat.lastTyping = now;
            send({type: 'typing', chatId: chat.id});
        }
    });
    chat.sendButton.addEventListener('click', () => sendFromPanel(chat));
    panel.addEventListener('focusin', () => markRead(chat));
    panel.addEventListener('pointerdown', () => markRead(chat));
    chat.endButton.addEventListener('click', () => confirmEnd(chat));
    chat.closeButton.addEventListener('click', () => closePanel(chat));

    chats[c.chatId] = chat;
    $('chats').appendChild(panel);
    return chat;
}

function messageItem(chat, from, text) {
    const li = el('li', 'message ' + (from === 'operator' ? 'from-operator' : from === 'system' ? 'from-system'
        : 'from-visitor'));
    const meta = li.appendChild(el('p', 'meta'));
    meta.appendChild(el('span', 'who', from === 'operator' ? 'Jij' : from === 'system' ? 'CLBch@t'
        : chat.info.nickname));
    meta.appendChild(document.createTextNode(' '));
    meta.appendChild(el('time', 'time'));
    meta.appendChild(el('span', 'state'));
    li.appendChild(el('p', 'text', text));
    return li;
}

const nearBottom = (log) => log.scrollHeight - log.scrollTop - log.clientHeight < 80;

// Stored messages in seq order; messages still being sent stay after them.
function placeBySeq(log, li, seq) {
    let next = null;
    for (let n = log.firstElementChild; n; n = n.nextElementSibling) {
        if (n !== li && (!n.hasAttribute('data-seq') || +n.getAttribute('data-seq') > seq)) {
            next = n;
            break;
        }
    }
    if (li.parentNode !== log || li.nextElementSibling !== next) { log.insertBefore(li, next); }
}

function addMessage(chat, m) {
    let li = m.clientMsgId ? chat.pending[m.clientMsgId] : null;
    if (m.clientMsgId) {
        delete chat.pending[m.clientMsgId];
        outbox.remove(m.clientMsgId);
    }
    if (chat.seqs.has(m.seq)) {  // already shown (ack and message both arrive, or a replay)
        if (li) { li.parentNode.removeChild(li); }
        return;
    }
    const follow = nearBottom(chat.log) || m.from === 'operator';
    li = li || messageItem(chat, m.from, m.text);
    li.classList.remove('pending', 'failed');
    li.removeAttribute('data-client-msg-id');
    li.querySelector('.state').textContent = '';
    li.setAttribute('data-seq', String(m.seq));
    const time = li.querySelector('time');
    const sentAt = new Date(m.sentAt);
    if (!isNaN(sentAt)) {
        time.dateTime = sentAt.toISOString();
        time.textContent = clock.format(sentAt);
    }
    chat.seqs.add(m.seq);
    placeBySeq(chat.log, li, m.seq);
    if (m.from === 'visitor') { hideTyping(chat); }
    if (follow) { chat.log.scrollTop = chat.log.scrollHeight; }
}

function showPending(chat, entry) {
    if (chat.pending[entry.clientMsgId]) { return; }
    const li = messageItem(chat, 'operator', entry.text);
    li.classList.add('pending');
    li.setAttribute('data-client-msg-id', entry.clientMsgId);
    li.querySelector('.state').textContent = 'wordt verstuurd…';
    chat.pending[entry.clientMsgId] = li;
    chat.log.appendChild(li);
    chat.log.scrollTop = chat.log.scrollHeight;
}

function transmit(entry) {
    send({type: 'send', chatId: entry.chatId, clientMsgId: entry.clientMsgId, text: entry.text});
}

function sendFromPanel(chat) {
    const text = chat.input.value.trim();
    if (!text || chat.ended) { return; }
    const entry = outbox.add({chatId: chat.id, clientMsgId: newId(), text});
    showPending(chat, entry);
    chat.input.value = '';
    setNotice(chat.errorBox, '');
    transmit(entry);  // when offline it waits in the outbox for the next welcome
}

// The text stays visible, and one click puts it back in the input to send it again.
function failMessage(clientMsgId, chat) {
    outbox.remove(clientMsgId);
    const li = chat && chat.pending[clientMsgId];
    if (!li) { return; }
    delete chat.pending[clientMsgId];
    li.classList.remove('pending');
    li.classList.add('failed');
    li.removeAttribute('data-client-msg-id');
    li.querySelector('.state').textContent = 'Niet verstuurd';
    const again = li.appendChild(el('button', 'restore', 'Terug naar het invoerveld', {type: 'button'}));
    again.hidden = chat.ended;
    again.addEventListener('click', () => {
        const text = li.querySelector('.text').textContent;
        chat.input.value = chat.input.value ? chat.input.value + '\n' + text : text;
        li.parentNode.removeChild(li);
        chat.input.focus();
    });
}

/** Whether the visitor's line is there; when not, since when (the panel counts it up until they are back). */
function setVisitor(chat, connected, since) {
    const wasAway = !!chat.awaySince;
    chat.awaySince = connected ? null : (chat.awaySince || Date.parse(since) || Date.now());
    showAway(chat, Date.now());
    if (!connected && !wasAway) {
        announce('De verbinding met ' + chat.info.nickname + ' is weg.');
        alertOf('drop', chat);
    } else if (connected && wasAway) {
        showReconnected(chat);
    }
}

const RECONNECTED_SHOWN_MS = 15000;

function showReconnected(chat) {
    const text = 'De bezoeker is opnieuw verbonden.';
    setNotice(chat.visitorBox, text);
    announce(chat.info.nickname + ' is opnieuw verbonden.');
    clearTimeout(chat.reconnectedTimer);
    chat.reconnectedTimer = setTimeout(() => {
        if (chat.visitorBox.textContent === text) { setNotice(chat.visitorBox, ''); }
    }, RECONNECTED_SHOWN_MS);
}

/** Sound and (in a background tab) a notification; the chat's nickname, never its words. */
function alertOf(kind, chat) {
    alerts.tell(kind, chat ? chat.info.nickname : '');
}

/** Whether the operator is looking at this chat: the tab is visible and the focus is in its panel. */
function inFocus(chat) {
    return !document.hidden && chat.panel.contains(document.activeElement);
}

function showUnread(chat) {
    const text = unreadLabel(chat.unread);
    chat.unreadBadge.textContent = text;
    chat.unreadBadge.hidden = !text;
    setTitle();
}

/** The tab's title: unread messages first, then who waits (when one can take a chat). */
function setTitle() {
    const unread = unreadTotal();
    const waiting = queue.length && welcomed() && hasRoom() ? queue.length : 0;
    document.title = (unread ? '(' + unread + ' nieuw) ' : '') + (waiting ? '(' + waiting + ') ' : '') + TITLE;
}

function unreadTotal() {
    return Object.keys(chats).reduce((sum, id) => sum + (chats[id].unread || 0), 0);
}

function markRead(chat) {
    if (chat.unread) {
        chat.unread = 0;
        showUnread(chat);
    }
}

function showAway(chat, now) {
    const text = chat.awaySince ? awayText(now - chat.awaySince) : '';
    if (chat.visitorBox.textContent !== text) { setNotice(chat.visitorBox, text); }
}

function hideTyping(chat) {
    clearTimeout(chat.typingTimer);
    chat.typing.hidden = true;
    chat.typing.textContent = '';
}

function resetConfirm(chat) {
    clearTimeout(chat.confirmTimer);
    chat.confirmTimer = null;
    chat.endButton.textContent = 'Gesprek beëindigen';
    chat.endButton.setAttribute('aria-label', 'Gesprek met ' + chat.info.nickname + ' beëindigen');
    chat.endButton.classList.remove('confirming');
}

function confirmEnd(chat) {
    if (!chat.confirmTimer) {
        chat.confirmTimer = setTimeout(() => resetConfirm(chat), CONFIRM_MS);
        chat.endButton.textContent = 'Zeker? Klik nog eens';
        chat.endButton.setAttribute('aria-label', 'Zeker? Klik nog eens om het gesprek met '
            + chat.info.nickname + ' te beëindigen');
        chat.endButton.classList.add('confirming');
        announce('Zeker? Klik binnen 5 seconden nog eens om het gesprek te beëindigen.');
        return;
    }
    resetConfirm(chat);
    if (!send({type: 'end', chatId: chat.id})) { setNotice(chat.errorBox, NO_CONNECTION); }
}

function setEnded(chat, text, endedAt) {
    if (chat.ended) { return; }
    const hadFocus = chat.panel.contains(document.activeElement);
    chat.endedAt = endedAt || Date.now();
    resetConfirm(chat);
    hideTyping(chat);
    setNotice(chat.visitorBox, '');
    setNotice(chat.endedBox, text);
    setOpen(chat, false);
    chat.support.chatEnded();
    chat.handover.chatEnded();
    chat.registration.open();   // registered while it is fresh: the annual report counts on it
    if (hadFocus) { chat.registration.focus(); }
    tick();
    renderQueue();
}

// The same chat can come back, e.g. a requeued chat taken again.
function reopen(chat) {
    chat.endedAt = null;
    chat.support.reopened();
    chat.handover.reopened();
    setNotice(chat.endedBox, '');
    setOpen(chat, true);
}

function setOpen(chat, open) {
    chat.ended = !open;
    chat.input.disabled = chat.sendButton.disabled = chat.endButton.hidden = !open;
    chat.closeButton.hidden = open;
    chat.panel.classList.toggle('is-ended', !open);
    chat.log.querySelectorAll('.restore').forEach((b) => { b.hidden = !open; });
}

function closePanel(chat) {
    outbox.removeWhere((entry) => entry.chatId === chat.id);
    clearTimeout(chat.typingTimer);
    chat.panel.parentNode.removeChild(chat.panel);
    delete chats[chat.id];
    renderQueue();
    const next = document.querySelector('#chats .message-input:not([disabled])');
    if (next) {
        next.focus();
    } else if (!$('accept-next').disabled) {
        $('accept-next').focus();
    } else {
        $('chats-heading').focus();
    }
}

// Every second: the duration of each chat and the 45-minute signal; every 15 s: waiting times in the queue.
function tick() {
    const now = Date.now();
    Object.keys(chats).forEach((id) => {
        const chat = chats[id];
        const ms = (chat.ended ? chat.endedAt : now) - chat.acceptedAt;
        const text = elapsedText(ms);
        if (chat.elapsed.textContent !== text) { chat.elapsed.textContent = text; }
        if (chat.awaySince && !chat.ended) { showAway(chat, now); }
        if (ms >= MAX_CHAT_MS && !chat.overTime && !chat.ended) {
            chat.overTime = true;
            chat.panel.classList.add('over-time');
            setNotice(chat.overTimeBox, 'Dit gesprek duurt al 45 minuten.');
        }
    });
}

/** The sound switch and the notification permission; a click anywhere lets the page play sound. */
function setUpAlerts() {
    const sound = $('sound-on');
    sound.checked = alerts.soundOn;
    sound.addEventListener('change', () => {
        alerts.soundOn = sound.checked;
        alerts.unlock();
    });
    document.addEventListener('click', () => alerts.unlock());
    const button = $('notify-on');
    const status = $('notify-status');
    const render = () => {
        const state = alerts.notifications;
        button.hidden = state !== 'default';
        status.textContent = state === 'granted' ? 'Meldingen op je scherm staan aan: je krijgt er een als dit tabblad'
            + ' op de achtergrond staat.' : state === 'denied' ? 'Je browser blokkeert meldingen van deze site; de'
            + ' titel van het tabblad telt wel mee.' : '';
    };
    button.addEventListener('click', () => alerts.askForNotifications().then(render, render));
    render();
}

// A module script runs when the document is parsed, before DOMContentLoaded.
document.addEventListener('DOMContentLoaded', () => {
    if (!$('chats')) { return; }
    $('alias-form').addEventListener('submit', (event) => {
        event.preventDefault();
        const alias = $('alias-input').value.trim();
        if (alias.length < 2 || alias.length > 30) {
            showError('Je schuilnaam moet 2 tot 30 tekens hebben.');
        } else {
            showError(send({type: 'alias', alias}) ? '' : NO_CONNECTION);
        }
    });
    $('availability').addEventListener('click', () => {
        showError(send({type: 'availability', available: !me.available}) ? '' : NO_CONNECTION);
    });
    $('accept-next').addEventListener('click', () => {
        acceptRequested = send({type: 'accept'});
        showError(acceptRequested ? '' : NO_CONNECTION);
    });
    // Chat text must not outlive the login in this tab.
    const logout = document.querySelector('form[action$="/uitloggen"]');
    if (logout) {
        logout.addEventListener('submit', () => outbox.clear());
    }
    setUpAlerts();
    window.addEventListener('online', wake);
    document.addEventListener('visibilitychange', wake);
    setInterval(() => {
        tick();
        if (++ticks % 15 === 0) { updateWaiting(); }
    }, 1000);
    renderQueue();
    client.connect();
});
