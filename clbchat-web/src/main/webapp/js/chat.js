// The visitor's chat page: intake, queue, chat, rating, over /ws/visitor (docs/chat-protocol.md).
// Weak Wi-Fi is the normal case: a dropped connection is resumed with the token kept in sessionStorage, messages stay
// in an outbox until acknowledged and are resent with the same clientMsgId, and nothing typed is ever thrown away.
// The socket itself (reconnect, back-off, heartbeat, outbox, ids) is socket-client.js, shared with the operator console.
import {isOldQueueFrame, newId, Outbox, SeqSet, SocketClient, socketUrl, VISITOR_TIMINGS} from './socket-client.js';
import {pseudonymKey} from './pseudonym.js';

const CHAT_KEY = 'clbchat.chat';
const OUTBOX_KEY = 'clbchat.outbox';
const ZONE = 'Europe/Brussels';
const TYPING_SHOW_MS = 4000, TYPING_SEND_MS = 2000, ARM_MS = 5000, COUNT_FROM = 1800, MAX_TEXT = 2000;
const FLUSH_EVERY_MS = 600;
const RETRY_TOO_FAST_MS = 2000;
const RETRY_TRY_AGAIN_MS = 4000;
const STAGES = ['intake', 'loading', 'waiting', 'chatting', 'rating', 'closed', 'unavailable', 'replaced'];
const ERROR_BOX = {intake: 'intake-error', waiting: 'waiting-error', chatting: 'chat-error', rating: 'rating-error'};

const time = new Intl.DateTimeFormat('nl-BE', {timeZone: ZONE, hour: '2-digit', minute: '2-digit'});
const dayAndDate = new Intl.DateTimeFormat('nl-BE', {timeZone: ZONE, weekday: 'long', day: 'numeric', month: 'long'});

let line, title, stage, pageShown = false;
let session = null;       // {chatId, resumeToken, lastSeq}: exists once the server made a chat
let ready = false;        // this connection has its chat (`queued` or `resumed`)
let backTimer = null, typingTimer = null, armTimer = null;
let startFrame = null, pendingEnd = false, pendingRate = null;
let alias = '', accepted = false, chatState = null, lastTypingSent = 0;
const shown = new SeqSet();  // seqs on screen; shown.last: highest seq with every earlier one on screen too
// [{clientMsgId, text}] sent (or to send) but not acknowledged yet. sessionStorage dies with the tab, so a shared
// computer keeps nothing.
const outbox = new Outbox({key: OUTBOX_KEY});

const $ = (id) => document.getElementById(id);

function element(tag, className, text) {
    const node = document.createElement(tag);
    node.className = className;
    node.textContent = text;   // always text: a message with HTML in it must stay inert
    return node;
}

// --- storage: sessionStorage dies with the tab, so a shared computer keeps nothing ---

function load(key) {
    try { return JSON.parse(sessionStorage.getItem(key)); } catch (e) { return null; }
}

function store(key, value) {
    try {
        if (value == null) { sessionStorage.removeItem(key); } else { sessionStorage.setItem(key, JSON.stringify(value)); }
    } catch (e) { /* storage off: the chat still works, only a reload cannot find it back */ }
}

function saveSession() {
    if (session) { session.lastSeq = shown.last; store(CHAT_KEY, session); }
}

function forget() {
    session = null;
    outbox.clear();
    store(CHAT_KEY, null);
}

/** A phone or tablet without a mouse: its keyboard is on the screen. */
function touchKeyboard() {
    return !!(window.matchMedia && window.matchMedia('(pointer: coarse)').matches);
}

// localStorage itself throws in a browser that blocks this site's storage.
function browserStorage() {
    try { return window.localStorage; } catch (e) { return {getItem: () => null, setItem: () => {}}; }
}

function deviceClass() {
    if (navigator.userAgentData && navigator.userAgentData.mobile) { return 'mobile'; }
    const width = Math.min(screen.width, screen.height);   // the short side: a phone on its side is still a phone
    if (width < 768) { return 'mobile'; }
    const touch = window.matchMedia && window.matchMedia('(pointer: coarse)').matches;
    return width < 1100 && touch ? 'tablet' : 'desktop';
}

// --- stages ---

function show(name) {
    if (name === stage) { return; }
    stage = name;
    STAGES.forEach((id) => { $(id).hidden = id !== name; });
    document.body.classList.toggle('is-chatting', name === 'chatting');
    Object.keys(ERROR_BOX).forEach((key) => { $(ERROR_BOX[key]).textContent = ''; });
    if (name === 'chatting') { scrollToEnd(); }
    // Not on the first screen of a page load: there the skip link and quick exit come first.
    if (pageShown) { $(name).querySelector('h1').focus(); }
    pageShown = true;
}

function showError(message) {
    const box = ERROR_BOX[stage] && $(ERROR_BOX[stage]);
    if (box) { box.textContent = message || 'Er ging iets mis. Probeer het nog eens.'; }
}

function banner(text, state) {
    clearTimeout(backTimer);
    const box = $('connection');
    box.textContent = text || '';
    box.className = 'connection' + (state ? ' ' + state : '');
}

function resetStart() {
    const button = $('start');
    button.disabled = false;
    button.textContent = 'Start het gesprek';
}

// --- connection ---

// A rated or never-started chat needs no line; an ended one only to send its rating.
function needsLine() {
    return !!session && stage !== 'replaced' && !(stage === 'rating' && !pendingRate);
}

const client = new SocketClient({
    ...VISITOR_TIMINGS,
    url: () => socketUrl('ws/visitor'),
    outbox,
    isWelcome: (frame) => frame.type === 'queued' || frame.type === 'resumed',   // the chat is there: back-off over
    shouldReconnect: needsLine,
    onOpen: () => {
        if (session) {
            // A fresh page shows nothing yet (lastSeq 0): it gets the whole chat replayed.
            send({type: 'resume', resumeToken: session.resumeToken, lastSeq: shown.last});
        } else if (startFrame) {
            send(startFrame);
        }
    },
    onFrame: (frame) => {
        if (Object.prototype.hasOwnProperty.call(HANDLERS, frame.type)) { HANDLERS[frame.type](frame); }
    },
    onDisconnect: ({willReconnect}) => {
        ready = false;
        if (!session && startFrame) {
            startFrame = null;
            resetStart();
            showError('We konden de chat niet bereiken. Kijk of je internet werkt en probeer het opnieuw.');
            return;
        }
        // 1 s, 2 s, 4 s … 10 s, with jitter (socket-client.js).
        if (willReconnect) { banner('Verbinding verloren — we proberen opnieuw te verbinden…', 'is-lost'); }
    }
});

const send = (frame) => client.send(frame);

function connect() { client.connect(); }

function finish() {
    ready = false;
    client.close();
}

// Called when the network or the tab comes back: a phone often kills the socket without telling us.
function wake() { client.wake(); }

// --- frames from the server ---

function haveChat(frame) {
    session = session || {lastSeq: 0};
    session.chatId = frame.chatId;
    if (frame.resumeToken) { session.resumeToken = frame.resumeToken; }
    saveSession();
    if (startFrame) { startFrame = null; resetStart(); }
    ready = true;
}

const HANDLERS = {
    queued: (frame) => {
        haveChat(frame);
        // A queue update can overtake the news that an operator took the chat (or that it ended): then it is
        // old news. Only `requeued` sends a chat that is going on back to the queue.
        if (isOldQueueFrame(frame, chatState)) { return; }
        chatState = 'queued';
        showQueue(frame);
        show('waiting');
    },
    requeued: () => {
        chatState = 'queued';
        accepted = false;
        hideTyping();
        banner('De medewerker is weggevallen. Je staat weer vooraan in de wachtrij.', 'is-lost');
        show('waiting');
    },
    resumed: (frame) => {
        haveChat(frame);   // also the answer to a `start` that an operator took at once
        if ($('connection').classList.contains('is-lost')) {
            banner('Weer verbonden.', 'is-back');
            backTimer = setTimeout(banner, 3000, '');
        }
        if (frame.operatorAlias) { setAlias(frame.operatorAlias); accepted = true; }
        chatState = frame.state;
        if (frame.state === 'ended') {   // an `ended` frame follows and shows the rating form
            pendingEnd = false;
            if (pendingRate) { send(pendingRate); }
            return;
        }
        if (pendingEnd) { send({type: 'end'}); }
        if (frame.state === 'chatting') {
            show('chatting');
            flushOutbox();
        } else {
            show('waiting');
        }
    },
    accepted: (frame) => {
        if (chatState === 'queued' && accepted === false) { banner(''); }
        setAlias(frame.operatorAlias);
        accepted = true;
        chatState = 'chatting';
        show('chatting');
        attention();
        flushOutbox();
    },
    // A hand-over (docs/chat-protocol.md "Hand-over"): asked first when it goes to another line; always told.
    handoverAsk: (frame) => askHandover(frame),
    handover: (frame) => {
        hideHandoverAsk();
        $('handover-status').textContent = frame.text;
        if (frame.state === 'moved') {
            // Waiting at the front of the other line's queue now: `queued` frames follow.
            chatState = 'queued';
            accepted = false;
            hideTyping();
            banner(frame.text, 'is-back');
            show('waiting');
        }
    },
    handedOver: (frame) => {
        hideHandoverAsk();
        banner('');
        setAlias(frame.operatorAlias);
        $('handover-status').textContent = frame.text;
        accepted = true;
        chatState = 'chatting';
        show('chatting');
        attention();
        flushOutbox();
    },
    message: (frame) => onMessage(frame),
    ack: (frame) => onAck(frame),
    typing: () => {
        if (chatState !== 'chatting') { return; }
        const box = $('typing');
        if (!box.textContent) { box.textContent = alias + ' is aan het typen…'; }
        clearTimeout(typingTimer);
        typingTimer = setTimeout(hideTyping, TYPING_SHOW_MS);
    },
    ended: (frame) => {
        chatState = 'ended';
        pendingEnd = false;
        hideTyping();
        disarm();
        outbox.entries().forEach((entry) => fail(entry.clientMsgId));
        $('ended-title').textContent = frame.by === 'operator' ? 'De medewerker heeft het gesprek gestopt.'
            : frame.by === 'system' ? 'Het gesprek is gestopt omdat de verbinding te lang weg was.'
            : accepted ? 'Het gesprek is gestopt.' : 'Je bent uit de wachtrij gegaan.';
        $('stars').hidden = !accepted;   // no chat, nothing to give stars for; foundVia still helps
        banner('');
        show('rating');
    },
    rated: () => thank(),
    closed: (frame) => {
        startFrame = null;
        finish();
        forget();
        resetStart();
        const next = frame.nextOpening && new Date(frame.nextOpening);
        $('next-opening').textContent = next
            ? 'We zijn weer open op ' + dayAndDate.format(next) + ' om ' + time.format(next) + '.' : '';
        show('closed');
    },
    // A blocked browser: no chat was made. The page says nothing of why, only where else to find help.
    unavailable: () => {
        startFrame = null;
        finish();
        forget();
        resetStart();
        show('unavailable');
    },
    // The chat went on in another tab or on another device (with this chat's key): this page stops, says so, and
    // can take the chat back.
    replaced: () => {
        finish();
        hideTyping();
        banner('');
        show('replaced');
    },
    pong: () => { /* the socket client notes that something came */ },
    error: (frame) => onError(frame)
};

let handoverAsked = null;

function askHandover(frame) {
    handoverAsked = frame.handoverId;
    $('handover-question').textContent = 'Mag ' + frame.fromAlias + ' je doorverbinden met ' + frame.toLineName + '?';
    $('handover-explain').textContent = frame.warm
        ? frame.fromAlias + ' blijft bij je tot iemand van ' + frame.toLineName + ' er is. Zeg je nee, dan blijf je hier.'
        : 'Je wacht dan vooraan bij ' + frame.toLineName + ' tot iemand er is. Zeg je nee, dan blijf je hier.';
    // Reading what was said is asked only when the new counsellor would get it (warm).
    $('handover-share-question').hidden = $('handover-share-label').hidden = !frame.warm;
    $('handover-share').checked = false;
    $('handover-ask').hidden = false;
    $('handover-status').textContent = '';
    $('handover-question').focus();
    attention();
}

function hideHandoverAsk() {
    handoverAsked = null;
    $('handover-ask').hidden = true;
}

function answerHandover(agree) {
    if (!handoverAsked) { return; }
    send({type: 'handoverAnswer', handoverId: handoverAsked, agree, share: agree && $('handover-share').checked});
    $('handover-status').textContent = agree ? 'Even geduld…' : '';
}

function onError(frame) {
    if (frame.code === 'unknown-chat') {
        finish();
        forget();
        clearChat();
        banner('');
        const notice = $('intake-notice');
        notice.textContent = 'We konden je vorige gesprek niet meer terugvinden. Je kan hier een nieuw gesprek starten.';
        notice.hidden = false;
        show('intake');
        return;
    }
    if (frame.code === 'already-rated') { thank(); return; }
    if (frame.code === 'not-asking' || frame.code === 'unknown-handover') { hideHandoverAsk(); return; }
    if (frame.code === 'too-fast' && frame.clientMsgId && outbox.has(frame.clientMsgId)) {
        // Not stored; it stays in the outbox and goes again in a moment, nothing typed is lost.
        setTimeout(flushOutbox, RETRY_TOO_FAST_MS);
        return;
    }
    if (frame.code === 'try-again' && frame.clientMsgId && outbox.has(frame.clientMsgId)) {
        // Our storage is away for a moment: the message stays in the outbox and is tried again until it is stored.
        showError(frame.message);   // cleared by the ack
        setTimeout(flushOutbox, RETRY_TRY_AGAIN_MS);
        return;
    }
    if (frame.clientMsgId) { fail(frame.clientMsgId); }
    if (frame.code === 'chat-ended' && !frame.clientMsgId) { return; }   // the `ended` frame says it better
    if (stage === 'intake') { startFrame = null; resetStart(); }
    if (stage === 'rating') { pendingRate = null; $('send-rating').disabled = false; }
    showError(frame.message);
}

// --- queue ---

function setText(id, text) {
    const node = $(id);
    if (node.textContent !== text) { node.textContent = text; }   // unchanged text is not announced again
}

function showQueue(frame) {
    const ahead = Math.max(0, (frame.position || 1) - 1);
    setText('queue-position', ahead === 0 ? 'Jij bent de volgende.'
        : ahead === 1 ? 'Er is nog 1 iemand voor je.' : 'Er zijn nog ' + ahead + ' mensen voor je.');
    const seconds = frame.estimatedWaitSeconds;
    const minutes = Math.max(1, Math.ceil(seconds / 60));
    setText('queue-estimate', seconds == null ? 'We kunnen nog niet goed inschatten hoe lang het duurt.'
        : seconds === 0 ? 'Een medewerker kan je zo helpen.'
        : 'Geschatte wachttijd: ongeveer ' + minutes + (minutes === 1 ? ' minuut.' : ' minuten.'));
    $('no-operator').hidden = frame.operatorsOnline !== 0;
}

// --- messages ---

function setAlias(name) {
    alias = name || 'Medewerker';
    $('operator-alias').textContent = alias;
}

function hideTyping() {
    clearTimeout(typingTimer);
    $('typing').textContent = '';
}

function clearChat() {
    $('message-list').textContent = '';
    shown.clear();
    accepted = false;
    chatState = null;
}

// A pupil who waits in another tab or app sees in the tab title that the chat goes on.
function attention() {
    if (document.hidden) { document.title = '(Nieuw bericht) ' + title; }
}

function scrollToEnd() {
    const log = $('messages');
    log.scrollTop = log.scrollHeight;
}

function withScroll(always, change) {
    const log = $('messages');
    const atEnd = log.scrollHeight - log.scrollTop - log.clientHeight < 80;
    change();
    if (always || atEnd) { scrollToEnd(); }   // do not yank someone who scrolled up to reread
}

function makeItem(mine, text, system) {
    const item = document.createElement('li');
    item.className = 'msg ' + (mine ? 'msg-mine' : system ? 'msg-system' : 'msg-theirs');
    item.appendChild(element('span', 'msg-who', mine ? 'Jij' : system ? 'CLBch@t' : alias));
    item.appendChild(element('p', 'msg-text', text));
    item.appendChild(element('span', 'msg-meta', ''));
    return item;
}

function setMeta(item, text, state) {
    item.classList.remove('is-pending', 'is-failed');
    if (state) { item.classList.add(state); }
    const meta = item.querySelector('.msg-meta');
    meta.textContent = text;
    return meta;
}

function pendingItem(clientMsgId) {
    return Array.from($('message-list').children)
        .find((item) => item.dataset.clientId === clientMsgId && !item.dataset.seq) || null;
}

// Ordered by seq; unconfirmed messages stay below all confirmed ones. An item already in its place is not
// moved, or a screen reader would read it out a second time.
function place(item, seq) {
    const list = $('message-list');
    let before = null;
    for (let node = list.firstChild; node; node = node.nextSibling) {
        if (node !== item && (!node.dataset.seq || +node.dataset.seq > seq)) { before = node; break; }
    }
    if (item.parentNode !== list || item.nextSibling !== before) { list.insertBefore(item, before); }
}

function settle(item, seq, sentAt) {
    withScroll(false, () => {
        item.dataset.seq = seq;
        const meta = setMeta(item, '', null);
        const stamp = document.createElement('time');
        stamp.dateTime = sentAt;
        stamp.textContent = time.format(new Date(sentAt));
        meta.appendChild(stamp);
        place(item, seq);
    });
    shown.add(seq);
    saveSession();
}

function onMessage(frame) {
    if (shown.ignores(frame)) { return; }   // a replay of what is on screen
    const mine = frame.from === 'visitor';
    const item = mine && frame.clientMsgId ? pendingItem(frame.clientMsgId) : null;
    if (mine && frame.clientMsgId) { outbox.remove(frame.clientMsgId); }
    settle(item || makeItem(mine, frame.text, frame.from === 'system'), frame.seq, frame.sentAt);
    if (!mine) { hideTyping(); attention(); }
}

function onAck(frame) {
    outbox.remove(frame.clientMsgId);   // the socket client did so already; kept for clarity
    const item = pendingItem(frame.clientMsgId);
    if (!item) { return; }
    if (shown.has(frame.seq)) { item.parentNode.removeChild(item); } else { settle(item, frame.seq, frame.sentAt); }
    $('chat-error').textContent = '';
}

function transmit(entry) {
    if (ready && chatState === 'chatting') {
        send({type: 'send', clientMsgId: entry.clientMsgId, text: entry.text});
    }
}

function addPending(entry) {
    let item = pendingItem(entry.clientMsgId);
    if (!item) {
        item = makeItem(true, entry.text);
        item.dataset.clientId = entry.clientMsgId;
        withScroll(true, () => { $('message-list').appendChild(item); });
    }
    setMeta(item, 'wordt verstuurd…', 'is-pending');
}

// After (re)connecting: everything not yet acknowledged goes again, with the same id, so the server dedupes.
// Paced, because the server takes a burst of 8 and then 2 a second.
function flushOutbox() {
    outbox.stopFlush();
    outbox.entries().forEach(addPending);
    outbox.flush(transmit, FLUSH_EVERY_MS);
}

function queueMessage(entry) {
    outbox.add(entry);
    addPending(entry);
    transmit(entry);
}

// Not sent: the text stays on screen and can be sent again (the server stored nothing).
function fail(clientMsgId) {
    outbox.remove(clientMsgId);
    const item = pendingItem(clientMsgId);
    if (!item) { return; }
    withScroll(false, () => {
        const meta = setMeta(item, 'Niet verstuurd', 'is-failed');
        if (chatState === 'ended') { return; }
        const retry = element('button', 'retry', 'Opnieuw proberen');
        retry.type = 'button';
        retry.addEventListener('click', () => {
            queueMessage({clientMsgId, text: item.querySelector('.msg-text').textContent});
            $('message-input').focus();
        });
        meta.appendChild(document.createTextNode(' '));
        meta.appendChild(retry);
    });
}

// --- visitor actions ---

function fieldError(id, message, field) {
    const box = $(id + '-error');
    box.textContent = message;
    box.hidden = !message;
    if (field) { field.setAttribute('aria-invalid', message ? 'true' : 'false'); }
    return message ? (field || document.querySelector('input[name="role"]:not(:disabled)')) : null;
}

function submitIntake(event) {
    event.preventDefault();
    if (startFrame) { return; }
    const nickname = $('nickname').value.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
    const role = document.querySelector('input[name="role"]:checked');
    const age = $('age');
    const ageValue = age.value.trim();
    const ageWrong = age.validity.badInput
        || (ageValue !== '' && !(/^\d+$/.test(ageValue) && +ageValue >= 6 && +ageValue <= 99));
    const invalid = [
        fieldError('nickname', nickname ? '' : 'Kies een schuilnaam.', $('nickname')),
        fieldError('role', role ? '' : 'Kies wie je bent.', null),
        fieldError('age', ageWrong ? 'Vul een leeftijd in tussen 6 en 99, of laat het vakje leeg.' : '', age)
    ].filter(Boolean);
    if (invalid.length) { invalid[0].focus(); return; }

    startFrame = {type: 'start', line, nickname, role: role.value, device: deviceClass()};
    const pseudonym = pseudonymKey(browserStorage(), crypto);
    if (pseudonym) { startFrame.pseudonym = pseudonym; }
    if (ageValue) { startFrame.age = +ageValue; }
    if ($('gender').value) { startFrame.gender = $('gender').value; }
    $('intake-error').textContent = '';
    $('start').disabled = true;
    $('start').textContent = 'Even geduld…';
    if (client.isOpen) { send(startFrame); } else if (!client.hasSocket) { connect(); }
}

function submitMessage(event) {
    if (event) { event.preventDefault(); }
    const input = $('message-input');
    const text = input.value.trim();
    if (!text) { return; }
    $('chat-error').textContent = '';
    queueMessage({clientMsgId: newId(), text});
    input.value = '';
    updateCount();
}

function updateCount() {
    const length = $('message-input').value.length;
    const count = $('char-count');
    count.hidden = length <= COUNT_FROM;
    count.textContent = 'Nog ' + (MAX_TEXT - length) + ' tekens over.';
}

function typed() {
    updateCount();
    const now = Date.now();
    if ($('message-input').value && ready && chatState === 'chatting' && now - lastTypingSent >= TYPING_SEND_MS) {
        lastTypingSent = now;
        send({type: 'typing'});
    }
}

function requestEnd() {
    if (!ready || !send({type: 'end'})) { pendingEnd = true; }   // goes out right after the next `resumed`
}

function disarm() {
    clearTimeout(armTimer);
    const button = $('end-chat');
    button.classList.remove('is-armed');
    button.textContent = 'Gesprek stoppen';
}

// Two clicks instead of confirm(): a dialog is easy to misread on a phone and blocks the page.
function endClicked() {
    const button = $('end-chat');
    if (button.classList.contains('is-armed')) {
        disarm();
        requestEnd();
        return;
    }
    button.classList.add('is-armed');
    button.textContent = 'Zeker? Klik nog eens om te stoppen';
    armTimer = setTimeout(disarm, ARM_MS);
}

function markStars() {
    const checked = document.querySelector('input[name="stars"]:checked');
    const value = checked ? +checked.value : 0;
    for (let i = 1; i <= 5; i++) {
        document.querySelector('label[for="star-' + i + '"]').classList.toggle('is-on', i <= value);
    }
}

function submitRating(event) {
    event.preventDefault();
    const frame = {type: 'rate'};
    const star = document.querySelector('input[name="stars"]:checked');
    if (star && !$('stars').hidden) { frame.stars = +star.value; }
    const comment = $('comment').value.trim();
    if (comment) { frame.comment = comment; }
    if ($('found-via').value) { frame.foundVia = $('found-via').value; }
    if (Object.keys(frame).length === 1) { thank(); return; }   // nothing chosen: nothing to send
    $('rating-error').textContent = '';
    $('send-rating').disabled = true;
    pendingRate = frame;
    if (ready) { send(frame); } else if (!client.hasSocket) { connect(); }
}

function thank() {
    pendingRate = null;
    finish();
    forget();
    $('rating-form').hidden = true;
    $('thanks').hidden = false;
    $('thanks-home').hidden = false;
    $('thanks').focus();
}

function leaving(event) {
    const link = event.target.closest && event.target.closest('a[href]');
    if (!link || link.getAttribute('href').charAt(0) === '#') { return; }
    if (link.hasAttribute('data-quick-exit')) {
        // Tell the operator at once instead of after the grace period; quick-exit.js then leaves the page.
        if (ready && chatState !== 'ended') { send({type: 'end', quickExit: true}); }
        forget();
    } else if (stage === 'rating' || stage === 'closed') {
        forget();   // done here: the next visit starts a new chat
    }
}

// The line to chat on: CLBch@t's own, or a CLB's box whose page links here with ?lijn=<code>.
function chosenLine() {
    const asked = new URLSearchParams(location.search).get('lijn');
    return asked && /^[a-z0-9][a-z0-9-]{1,39}$/.test(asked) ? asked : ($('inhoud').getAttribute('data-line') || 'clbchat');
}

// A box says whose chat it is and who may use it (pupils, parents, teachers); the way back leads to its page.
async function describeLine(code) {
    try {
        const response = await fetch('/api/lines/' + encodeURIComponent(code), {headers: {Accept: 'application/json'}});
        if (!response.ok) { return; }
        const found = await response.json();
        $('intake-line').textContent = 'Je chat met ' + found.name + '.';
        $('intake-line').hidden = false;
        document.title = 'Chat – ' + found.name + ' – CLBch@t';
        title = document.title;
        const audience = new Set(found.audience || []);
        for (const role of ['pupil', 'parent', 'teacher']) {
            const input = $('role-' + role);
            const allowed = audience.has(role);
            input.disabled = !allowed;
            input.closest('.choice').hidden = !allowed;
        }
        if (found.page) {
            document.querySelectorAll('.back-link').forEach((link) => {
                link.href = found.page;
                link.textContent = 'Terug naar de pagina van ' + found.name;
            });
        }
    } catch (e) {
        // The page still works as CLBch@t's own: the server refuses a role the box does not allow, in words.
    }
}

// How long the chat's text is kept, from the setting the deleting job uses itself (one number, kept in one place).
async function describeRetention() {
    try {
        const response = await fetch('/api/privacy', {headers: {Accept: 'application/json'}});
        if (!response.ok) { return; }
        const privacy = await response.json();
        if (privacy.transcriptRetention) { $('retention-period').textContent = privacy.transcriptRetention; }
    } catch (e) {
        // The page keeps its own words: "een korte tijd".
    }
}

// A module script runs when the document is parsed, before DOMContentLoaded.
document.addEventListener('DOMContentLoaded', () => {
    line = chosenLine();
    if (line !== 'clbchat') { describeLine(line); }
    describeRetention();
    title = document.title;
    document.addEventListener('click', leaving, true);   // capture: before quick-exit.js navigates away
    $('intake-form').addEventListener('submit', submitIntake);
    $('leave-queue').addEventListener('click', requestEnd);
    $('composer').addEventListener('submit', submitMessage);
    $('message-input').addEventListener('input', typed);
    $('message-input').addEventListener('keydown', (event) => {
        // A touch keyboard's Enter makes a new line; the send button sends.
        if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && !touchKeyboard()) {
            submitMessage(event);
        }
    });
    $('end-chat').addEventListener('click', endClicked);
    $('handover-yes').addEventListener('click', () => answerHandover(true));
    $('handover-no').addEventListener('click', () => answerHandover(false));
    $('stars').addEventListener('change', markStars);
    $('rating-form').addEventListener('submit', submitRating);
    $('take-back').addEventListener('click', () => {
        show('loading');
        connect();
    });
    window.addEventListener('online', wake);
    document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') { document.title = title; wake(); }
    });

    session = load(CHAT_KEY);
    if (session && session.resumeToken) {
        show('loading');
        connect();
    } else {
        forget();
        show('intake');
    }
});
