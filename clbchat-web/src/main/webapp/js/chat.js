// The visitor's chat page: intake, queue, chat, rating, over /ws/visitor (docs/chat-protocol.md).
// Weak Wi-Fi is the normal case: a dropped connection is resumed with the token kept in sessionStorage, messages stay
// in an outbox until acknowledged and are resent with the same clientMsgId, and nothing typed is ever thrown away.
(function () {
    'use strict';
    var CHAT_KEY = 'clbchat.chat';
    var OUTBOX_KEY = 'clbchat.outbox';
    var ZONE = 'Europe/Brussels';
    var PING_MS = 20000, SILENCE_MS = 45000, CONNECT_MS = 15000, MAX_BACKOFF_MS = 10000;
    var TYPING_SHOW_MS = 4000, TYPING_SEND_MS = 2000, ARM_MS = 5000, COUNT_FROM = 1800, MAX_TEXT = 2000;
    var FLUSH_EVERY_MS = 600;
    var RETRY_TOO_FAST_MS = 2000;
    var STAGES = ['intake', 'loading', 'waiting', 'chatting', 'rating', 'closed'];
    var ERROR_BOX = {intake: 'intake-error', waiting: 'waiting-error', chatting: 'chat-error', rating: 'rating-error'};

    var time = new Intl.DateTimeFormat('nl-BE', {timeZone: ZONE, hour: '2-digit', minute: '2-digit'});
    var dayAndDate = new Intl.DateTimeFormat('nl-BE', {timeZone: ZONE, weekday: 'long', day: 'numeric', month: 'long'});

    var line, title, stage, pageShown = false;
    var session = null;       // {chatId, resumeToken, lastSeq}: exists once the server made a chat
    var outbox = [];          // [{id, text}] sent (or to send) but not acknowledged yet
    var ws = null, ready = false, openedAt = 0, lastFrameAt = 0, lastPingAt = 0;
    var attempts = 0, reconnectTimer = null, backTimer = null, typingTimer = null, armTimer = null;
    var startFrame = null, pendingEnd = false, pendingRate = null;
    var alias = '', accepted = false, chatState = null, lastTypingSent = 0;
    var shown = {}, lastSeq = 0;  // seqs on screen; lastSeq: highest seq with every earlier one on screen too

    function $(id) { return document.getElementById(id); }

    function element(tag, className, text) {
        var node = document.createElement(tag);
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
        if (session) { session.lastSeq = lastSeq; store(CHAT_KEY, session); }
    }

    function saveOutbox() { store(OUTBOX_KEY, outbox.length ? outbox : null); }

    function forget() {
        session = null;
        outbox = [];
        store(CHAT_KEY, null);
        store(OUTBOX_KEY, null);
    }

    function uuid() {
        if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }   // only in secure contexts
        var b = crypto.getRandomValues(new Uint8Array(16));
        b[6] = (b[6] & 15) | 64;
        b[8] = (b[8] & 63) | 128;
        var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
        return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
    }

    function deviceClass() {
        if (navigator.userAgentData && navigator.userAgentData.mobile) { return 'mobile'; }
        var width = Math.min(screen.width, screen.height);   // the short side: a phone on its side is still a phone
        if (width < 768) { return 'mobile'; }
        var touch = window.matchMedia && window.matchMedia('(pointer: coarse)').matches;
        return width < 1100 && touch ? 'tablet' : 'desktop';
    }

    // --- stages ---

    function show(name) {
        if (name === stage) { return; }
        stage = name;
        STAGES.forEach(function (id) { $(id).hidden = id !== name; });
        Object.keys(ERROR_BOX).forEach(function (key) { $(ERROR_BOX[key]).textContent = ''; });
        if (name === 'chatting') { scrollToEnd(); }
        // Not on the first screen of a page load: there the skip link and quick exit come first.
        if (pageShown) { $(name).querySelector('h1').focus(); }
        pageShown = true;
    }

    function showError(message) {
        var box = ERROR_BOX[stage] && $(ERROR_BOX[stage]);
        if (box) { box.textContent = message || 'Er ging iets mis. Probeer het nog eens.'; }
    }

    function banner(text, state) {
        clearTimeout(backTimer);
        var box = $('connection');
        box.textContent = text || '';
        box.className = 'connection' + (state ? ' ' + state : '');
    }

    function resetStart() {
        var button = $('start');
        button.disabled = false;
        button.textContent = 'Start het gesprek';
    }

    // --- connection ---

    function socketUrl() {
        var url = new URL('ws/visitor', location.href);
        url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
        return url.href;
    }

    function send(frame) {
        if (!ws || ws.readyState !== 1) { return false; }
        ws.send(JSON.stringify(frame));
        return true;
    }

    function connect() {
        clearTimeout(reconnectTimer);
        reconnectTimer = null;
        ready = false;
        var socket;
        try {
            socket = new WebSocket(socketUrl());
        } catch (e) {
            setTimeout(lost, 0);
            return;
        }
        ws = socket;
        openedAt = lastFrameAt = lastPingAt = Date.now();
        socket.onopen = function () {
            if (session) {
                // A fresh page shows nothing yet (lastSeq 0): it gets the whole chat replayed.
                send({type: 'resume', resumeToken: session.resumeToken, lastSeq: lastSeq});
            } else if (startFrame) {
                send(startFrame);
            }
        };
        socket.onmessage = function (event) {
            if (socket !== ws) { return; }
            lastFrameAt = Date.now();
            var frame;
            try { frame = JSON.parse(event.data); } catch (e) { return; }
            if (frame && HANDLERS.hasOwnProperty(frame.type)) { HANDLERS[frame.type](frame); }
        };
        socket.onclose = socket.onerror = function () { drop(socket); };
    }

    function detach(socket) {
        socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null;
        try { socket.close(); } catch (e) { /* already closed */ }
    }

    function drop(socket) {
        if (socket !== ws) { return; }
        detach(socket);
        ws = null;
        lost();
    }

    // A rated or never-started chat needs no line; an ended one only to send its rating.
    function needsLine() {
        return !!session && !(stage === 'rating' && !pendingRate);
    }

    function lost() {
        ready = false;
        if (!session && startFrame) {
            startFrame = null;
            resetStart();
            showError('We konden de chat niet bereiken. Kijk of je internet werkt en probeer het opnieuw.');
            return;
        }
        if (!needsLine() || reconnectTimer) { return; }
        banner('Verbinding verloren — we proberen opnieuw te verbinden…', 'is-lost');
        // 1 s, 2 s, 4 s … 10 s, with jitter so a whole class on one school Wi-Fi does not come back at once.
        var delay = Math.min(MAX_BACKOFF_MS, 1000 * Math.pow(2, attempts++)) * (0.75 + Math.random() * 0.5);
        reconnectTimer = setTimeout(connect, Math.min(MAX_BACKOFF_MS, delay));
    }

    function finish() {
        clearTimeout(reconnectTimer);
        reconnectTimer = null;
        ready = false;
        if (ws) { detach(ws); ws = null; }
    }

    // Called when the network or the tab comes back: a phone often kills the socket without telling us.
    function wake() {
        if (!needsLine()) { return; }
        if (!ws) { connect(); return; }
        if (ws.readyState !== 1) { return; }
        var socket = ws, at = Date.now();
        lastPingAt = at;
        send({type: 'ping'});
        setTimeout(function () { if (socket === ws && lastFrameAt <= at) { drop(socket); } }, 5000);
    }

    function tick() {
        if (!ws) { return; }
        var now = Date.now();
        if (ws.readyState === 0 && now - openedAt > CONNECT_MS) {
            drop(ws);
        } else if (ws.readyState === 1) {
            // A background tab ticks rarely: only call the line dead when a recent ping went unanswered.
            if (now - lastFrameAt > SILENCE_MS && lastPingAt > lastFrameAt && now - lastPingAt > 5000) {
                drop(ws);
            } else if (now - lastPingAt >= PING_MS) {
                lastPingAt = now;
                send({type: 'ping'});
            }
        }
    }

    // --- frames from the server ---

    function haveChat(frame) {
        session = session || {lastSeq: 0};
        session.chatId = frame.chatId;
        if (frame.resumeToken) { session.resumeToken = frame.resumeToken; }
        saveSession();
        if (startFrame) { startFrame = null; resetStart(); }
        ready = true;
        attempts = 0;
    }

    var HANDLERS = {
        queued: function (frame) {
            haveChat(frame);
            // A queue update can overtake the news that an operator took the chat (or that it ended): then it is
            // old news. Only `requeued` sends a chat that is going on back to the queue.
            if (chatState === 'chatting' || chatState === 'ended') { return; }
            chatState = 'queued';
            showQueue(frame);
            show('waiting');
        },
        requeued: function () {
            chatState = 'queued';
            accepted = false;
            hideTyping();
            banner('De medewerker is weggevallen. Je staat weer vooraan in de wachtrij.', 'is-lost');
            show('waiting');
        },
        resumed: function (frame) {
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
        accepted: function (frame) {
            if (chatState === 'queued' && accepted === false) { banner(''); }
            setAlias(frame.operatorAlias);
            accepted = true;
            chatState = 'chatting';
            show('chatting');
            attention();
            flushOutbox();
        },
        message: onMessage,
        ack: onAck,
        typing: function () {
            if (chatState !== 'chatting') { return; }
            var box = $('typing');
            if (!box.textContent) { box.textContent = alias + ' is aan het typen…'; }
            clearTimeout(typingTimer);
            typingTimer = setTimeout(hideTyping, TYPING_SHOW_MS);
        },
        ended: function (frame) {
            chatState = 'ended';
            pendingEnd = false;
            hideTyping();
            disarm();
            outbox.slice().forEach(function (entry) { fail(entry.id); });
            $('ended-title').textContent = frame.by === 'operator' ? 'De medewerker heeft het gesprek gestopt.'
                : frame.by === 'system' ? 'Het gesprek is gestopt omdat de verbinding te lang weg was.'
                : accepted ? 'Het gesprek is gestopt.' : 'Je bent uit de wachtrij gegaan.';
            $('stars').hidden = !accepted;   // no chat, nothing to give stars for; foundVia still helps
            banner('');
            show('rating');
        },
        rated: thank,
        closed: function (frame) {
            startFrame = null;
            finish();
            forget();
            resetStart();
            var next = frame.nextOpening && new Date(frame.nextOpening);
            $('next-opening').textContent = next
                ? 'We zijn weer open op ' + dayAndDate.format(next) + ' om ' + time.format(next) + '.' : '';
            show('closed');
        },
        pong: function () { /* lastFrameAt is enough */ },
        error: onError
    };

    function onError(frame) {
        if (frame.code === 'unknown-chat') {
            finish();
            forget();
            clearChat();
            banner('');
            var notice = $('intake-notice');
            notice.textContent = 'We konden je vorige gesprek niet meer terugvinden. Je kan hier een nieuw gesprek starten.';
            notice.hidden = false;
            show('intake');
            return;
        }
        if (frame.code === 'already-rated') { thank(); return; }
        if (frame.code === 'too-fast' && frame.clientMsgId && outbox.some(function (e) { return e.id === frame.clientMsgId; })) {
            // Not stored; it stays in the outbox and goes again in a moment, nothing typed is lost.
            setTimeout(flushOutbox, RETRY_TOO_FAST_MS);
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
        var node = $(id);
        if (node.textContent !== text) { node.textContent = text; }   // unchanged text is not announced again
    }

    function showQueue(frame) {
        var ahead = Math.max(0, (frame.position || 1) - 1);
        setText('queue-position', ahead === 0 ? 'Jij bent de volgende.'
            : ahead === 1 ? 'Er is nog 1 iemand voor je.' : 'Er zijn nog ' + ahead + ' mensen voor je.');
        var seconds = frame.estimatedWaitSeconds;
        var minutes = Math.max(1, Math.ceil(seconds / 60));
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
        shown = {};
        lastSeq = 0;
        accepted = false;
        chatState = null;
    }

    // A pupil who waits in another tab or app sees in the tab title that the chat goes on.
    function attention() {
        if (document.hidden) { document.title = '(Nieuw bericht) ' + title; }
    }

    function scrollToEnd() {
        var log = $('messages');
        log.scrollTop = log.scrollHeight;
    }

    function withScroll(always, change) {
        var log = $('messages');
        var atEnd = log.scrollHeight - log.scrollTop - log.clientHeight < 80;
        change();
        if (always || atEnd) { scrollToEnd(); }   // do not yank someone who scrolled up to reread
    }

    function makeItem(mine, text) {
        var item = document.createElement('li');
        item.className = 'msg ' + (mine ? 'msg-mine' : 'msg-theirs');
        item.appendChild(element('span', 'msg-who', mine ? 'Jij' : alias));
        item.appendChild(element('p', 'msg-text', text));
        item.appendChild(element('span', 'msg-meta', ''));
        return item;
    }

    function setMeta(item, text, state) {
        item.classList.remove('is-pending', 'is-failed');
        if (state) { item.classList.add(state); }
        var meta = item.querySelector('.msg-meta');
        meta.textContent = text;
        return meta;
    }

    function pendingItem(clientMsgId) {
        var items = $('message-list').children;
        for (var i = 0; i < items.length; i++) {
            if (items[i].dataset.clientId === clientMsgId && !items[i].dataset.seq) { return items[i]; }
        }
        return null;
    }

    // Ordered by seq; unconfirmed messages stay below all confirmed ones. An item already in its place is not
    // moved, or a screen reader would read it out a second time.
    function place(item, seq) {
        var list = $('message-list'), before = null;
        for (var node = list.firstChild; node; node = node.nextSibling) {
            if (node !== item && (!node.dataset.seq || +node.dataset.seq > seq)) { before = node; break; }
        }
        if (item.parentNode !== list || item.nextSibling !== before) { list.insertBefore(item, before); }
    }

    function settle(item, seq, sentAt) {
        withScroll(false, function () {
            item.dataset.seq = seq;
            var meta = setMeta(item, '', null);
            var stamp = document.createElement('time');
            stamp.dateTime = sentAt;
            stamp.textContent = time.format(new Date(sentAt));
            meta.appendChild(stamp);
            place(item, seq);
        });
        shown[seq] = true;
        while (shown[lastSeq + 1]) { lastSeq++; }
        saveSession();
    }

    function onMessage(frame) {
        if (typeof frame.seq !== 'number' || shown[frame.seq]) { return; }   // a replay of what is on screen
        var mine = frame.from === 'visitor';
        var item = mine && frame.clientMsgId ? pendingItem(frame.clientMsgId) : null;
        if (mine && frame.clientMsgId) { unqueue(frame.clientMsgId); }
        settle(item || makeItem(mine, frame.text), frame.seq, frame.sentAt);
        if (!mine) { hideTyping(); attention(); }
    }

    function onAck(frame) {
        unqueue(frame.clientMsgId);
        var item = pendingItem(frame.clientMsgId);
        if (!item) { return; }
        if (shown[frame.seq]) { item.parentNode.removeChild(item); } else { settle(item, frame.seq, frame.sentAt); }
        $('chat-error').textContent = '';
    }

    function unqueue(id) {
        outbox = outbox.filter(function (entry) { return entry.id !== id; });
        saveOutbox();
    }

    function transmit(entry) {
        if (ready && chatState === 'chatting') {
            send({type: 'send', clientMsgId: entry.id, text: entry.text});
        }
    }

    function addPending(entry) {
        var item = pendingItem(entry.id);
        if (!item) {
            item = makeItem(true, entry.text);
            item.dataset.clientId = entry.id;
            withScroll(true, function () { $('message-list').appendChild(item); });
        }
        setMeta(item, 'wordt verstuurd…', 'is-pending');
    }

    // After (re)connecting: everything not yet acknowledged goes again, with the same id, so the server dedupes.
    // Paced, because the server takes a burst of 8 and then 2 a second.
    var flushTimer;
    function flushOutbox() {
        clearTimeout(flushTimer);
        var waiting = outbox.slice();
        waiting.forEach(function (entry) { addPending(entry); });
        (function next(index) {
            if (index >= waiting.length) { return; }
            if (outbox.some(function (e) { return e.id === waiting[index].id; })) { transmit(waiting[index]); }
            flushTimer = setTimeout(next, FLUSH_EVERY_MS, index + 1);
        })(0);
    }

    function queueMessage(entry) {
        outbox.push(entry);
        saveOutbox();
        addPending(entry);
        transmit(entry);
    }

    // Not sent: the text stays on screen and can be sent again (the server stored nothing).
    function fail(id) {
        unqueue(id);
        var item = pendingItem(id);
        if (!item) { return; }
        withScroll(false, function () {
            var meta = setMeta(item, 'Niet verstuurd', 'is-failed');
            if (chatState === 'ended') { return; }
            var retry = element('button', 'retry', 'Opnieuw proberen');
            retry.type = 'button';
            retry.addEventListener('click', function () {
                queueMessage({id: id, text: item.querySelector('.msg-text').textContent});
                $('message-input').focus();
            });
            meta.appendChild(document.createTextNode(' '));
            meta.appendChild(retry);
        });
    }

    // --- visitor actions ---

    function fieldError(id, message, field) {
        var box = $(id + '-error');
        box.textContent = message;
        box.hidden = !message;
        if (field) { field.setAttribute('aria-invalid', message ? 'true' : 'false'); }
        return message ? (field || $('role-pupil')) : null;
    }

    function submitIntake(event) {
        event.preventDefault();
        if (startFrame) { return; }
        var nickname = $('nickname').value.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
        var role = document.querySelector('input[name="role"]:checked');
        var age = $('age');
        var ageValue = age.value.trim();
        var ageWrong = age.validity.badInput
            || (ageValue !== '' && !(/^\d+$/.test(ageValue) && +ageValue >= 6 && +ageValue <= 99));
        var invalid = [
            fieldError('nickname', nickname ? '' : 'Kies een schuilnaam.', $('nickname')),
            fieldError('role', role ? '' : 'Kies of je een leerling of een ouder bent.', null),
            fieldError('age', ageWrong ? 'Vul een leeftijd in tussen 6 en 99, of laat het vakje leeg.' : '', age)
        ].filter(Boolean);
        if (invalid.length) { invalid[0].focus(); return; }

        startFrame = {type: 'start', line: line, nickname: nickname, role: role.value, device: deviceClass()};
        if (ageValue) { startFrame.age = +ageValue; }
        if ($('gender').value) { startFrame.gender = $('gender').value; }
        $('intake-error').textContent = '';
        $('start').disabled = true;
        $('start').textContent = 'Even geduld…';
        if (ws && ws.readyState === 1) { send(startFrame); } else if (!ws) { connect(); }
    }

    function submitMessage(event) {
        if (event) { event.preventDefault(); }
        var input = $('message-input');
        var text = input.value.trim();
        if (!text) { return; }
        $('chat-error').textContent = '';
        queueMessage({id: uuid(), text: text});
        input.value = '';
        updateCount();
    }

    function updateCount() {
        var length = $('message-input').value.length;
        var count = $('char-count');
        count.hidden = length <= COUNT_FROM;
        count.textContent = 'Nog ' + (MAX_TEXT - length) + ' tekens over.';
    }

    function typed() {
        updateCount();
        var now = Date.now();
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
        var button = $('end-chat');
        button.classList.remove('is-armed');
        button.textContent = 'Gesprek stoppen';
    }

    // Two clicks instead of confirm(): a dialog is easy to misread on a phone and blocks the page.
    function endClicked() {
        var button = $('end-chat');
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
        var checked = document.querySelector('input[name="stars"]:checked');
        var value = checked ? +checked.value : 0;
        for (var i = 1; i <= 5; i++) {
            document.querySelector('label[for="star-' + i + '"]').classList.toggle('is-on', i <= value);
        }
    }

    function submitRating(event) {
        event.preventDefault();
        var frame = {type: 'rate'};
        var star = document.querySelector('input[name="stars"]:checked');
        if (star && !$('stars').hidden) { frame.stars = +star.value; }
        var comment = $('comment').value.trim();
        if (comment) { frame.comment = comment; }
        if ($('found-via').value) { frame.foundVia = $('found-via').value; }
        if (Object.keys(frame).length === 1) { thank(); return; }   // nothing chosen: nothing to send
        $('rating-error').textContent = '';
        $('send-rating').disabled = true;
        pendingRate = frame;
        if (ready) { send(frame); } else if (!ws) { connect(); }
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
        var link = event.target.closest && event.target.closest('a[href]');
        if (!link || link.getAttribute('href').charAt(0) === '#') { return; }
        if (link.hasAttribute('data-quick-exit')) {
            // Tell the operator at once instead of after the grace period; quick-exit.js then leaves the page.
            if (ready && chatState !== 'ended') { send({type: 'end'}); }
            forget();
        } else if (stage === 'rating' || stage === 'closed') {
            forget();   // done here: the next visit starts a new chat
        }
    }

    document.addEventListener('DOMContentLoaded', function () {
        line = $('inhoud').getAttribute('data-line') || 'clbchat';
        title = document.title;
        document.addEventListener('click', leaving, true);   // capture: before quick-exit.js navigates away
        $('intake-form').addEventListener('submit', submitIntake);
        $('leave-queue').addEventListener('click', requestEnd);
        $('composer').addEventListener('submit', submitMessage);
        $('message-input').addEventListener('input', typed);
        $('message-input').addEventListener('keydown', function (event) {
            if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) { submitMessage(event); }
        });
        $('end-chat').addEventListener('click', endClicked);
        $('stars').addEventListener('change', markStars);
        $('rating-form').addEventListener('submit', submitRating);
        window.addEventListener('online', wake);
        document.addEventListener('visibilitychange', function () {
            if (document.visibilityState === 'visible') { document.title = title; wake(); }
        });
        setInterval(tick, 5000);

        session = load(CHAT_KEY);
        outbox = load(OUTBOX_KEY);
        if (!Array.isArray(outbox)) { outbox = []; }
        if (session && session.resumeToken) {
            show('loading');
            connect();
        } else {
            forget();
            show('intake');
        }
    });
})();
