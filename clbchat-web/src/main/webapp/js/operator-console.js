// The operator console over /ws/operator (docs/chat-protocol.md): alias, availability, the queue and the open chats.
// Every `welcome` (also after a reconnect) is the full truth; the page merges it into what it shows so nothing typed is lost.
// A message stays in the outbox until its `ack`, and is sent again with the same clientMsgId after a reconnect.
(function () {
    'use strict';
    var ZONE = 'Europe/Brussels';
    var OUTBOX_KEY = 'clbchat.operator.outbox';
    var TITLE = 'CLBch@t-console';
    var PING_MS = 20000, TYPING_SHOWN_MS = 4000, TYPING_SEND_MS = 2000, CONFIRM_MS = 5000;
    var MAX_CHAT_MS = 45 * 60 * 1000;  // CLBch@t's longest chat
    var ROLE = {pupil: 'leerling', parent: 'ouder'};
    var GENDER = {girl: 'meisje', boy: 'jongen', other: 'anders', unknown: 'zeg ik liever niet'};
    var ENDED_BY = {visitor: 'door de bezoeker', operator: 'door jou',
        system: 'door het systeem: de verbinding was te lang weg'};
    var NO_CONNECTION = 'Er is nu geen verbinding. Probeer het zo opnieuw.';
    var clock = new Intl.DateTimeFormat('nl-BE', {timeZone: ZONE, hour: '2-digit', minute: '2-digit'});

    var socket = null, retryTimer = null, lastFrameAt = 0, bannerState = '', acceptRequested = false;
    var welcomed = false;       // this connection has had its welcome
    var everWelcomed = false;
    var attempts = 0;           // for the backoff
    var failedOpens = 0;        // connections in a row that ended without a welcome
    var me = {alias: null, available: false, maxChats: 2};
    var queue = {items: [], length: 0, operatorsOnline: 0};
    var knownQueue = {};
    var chats = {};             // chatId -> panel state
    var panelCount = 0, ticks = 0;
    var outbox = loadOutbox();  // [{chatId, clientMsgId, text}]

    function $(id) { return document.getElementById(id); }

    function el(tag, className, text, attributes) {
        var element = document.createElement(tag);
        if (className) { element.className = className; }
        if (text) { element.textContent = text; }
        Object.keys(attributes || {}).forEach(function (name) { element.setAttribute(name, attributes[name]); });
        return element;
    }

    function loadOutbox() {
        try {
            var saved = JSON.parse(window.sessionStorage.getItem(OUTBOX_KEY));
            return Array.isArray(saved) ? saved : [];
        } catch (e) {
            return [];
        }
    }

    function saveOutbox() {
        try { window.sessionStorage.setItem(OUTBOX_KEY, JSON.stringify(outbox)); } catch (e) { /* memory only */ }
    }

    function dropOutbox(clientMsgId) {
        for (var i = 0; i < outbox.length; i++) {
            if (outbox[i].clientMsgId === clientMsgId) {
                var entry = outbox.splice(i, 1)[0];
                saveOutbox();
                return entry;
            }
        }
        return null;
    }

    function newId() {
        if (window.crypto && typeof window.crypto.randomUUID === 'function') { return window.crypto.randomUUID(); }
        // randomUUID needs a secure context; getRandomValues does not.
        var bytes = window.crypto.getRandomValues(new Uint8Array(16));
        bytes[6] = (bytes[6] & 15) | 64;
        bytes[8] = (bytes[8] & 63) | 128;
        var hex = Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join('');
        return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-');
    }

    function pad(n) { return (n < 10 ? '0' : '') + n; }

    function elapsedText(ms) {
        var s = Math.max(0, Math.floor(ms / 1000));
        if (s < 3600) { return pad(Math.floor(s / 60)) + ':' + pad(s % 60); }
        return Math.floor(s / 3600) + ' u ' + pad(Math.floor(s / 60) % 60) + ' min';
    }

    function waitingText(ms) {
        var minutes = Math.max(0, Math.floor(ms / 60000));
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
        var region = $('announcer');
        region.textContent = '';
        setTimeout(function () { region.textContent = text; }, 100);
    }

    // ---- connection ----

    function send(frame) {
        if (!socket || socket.readyState !== WebSocket.OPEN) { return false; }
        socket.send(JSON.stringify(frame));
        return true;
    }

    function connect() {
        clearTimeout(retryTimer);
        retryTimer = null;
        if (socket) { return; }
        var url = new URL('../ws/operator', window.location.href);
        url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
        var ws;
        try {
            ws = new WebSocket(url.href);
        } catch (e) {
            lost();
            return;
        }
        socket = ws;
        welcomed = false;
        ws.onopen = function () { lastFrameAt = Date.now(); };
        ws.onmessage = function (event) {
            if (socket !== ws) { return; }
            lastFrameAt = Date.now();
            var frame;
            try { frame = JSON.parse(event.data); } catch (e) { return; }
            if (frame && handlers.hasOwnProperty(frame.type)) { handlers[frame.type](frame); }
        };
        ws.onclose = function () { if (socket === ws) { lost(); } };
    }

    function lost() {
        var ws = socket;
        socket = null;
        if (ws) {
            ws.onopen = ws.onmessage = ws.onclose = null;
            try { ws.close(); } catch (e) { /* already gone */ }
        }
        failedOpens = welcomed ? 0 : failedOpens + 1;
        welcomed = false;
        showConnection();
        renderMe();
        renderQueue();
        var delay = Math.min(10000, 1000 * Math.pow(2, attempts++)) + Math.random() * 1000;
        clearTimeout(retryTimer);
        retryTimer = setTimeout(connect, delay);
    }

    // Back online or back to this tab: try at once instead of waiting for the backoff.
    function wake() {
        if (document.visibilityState === 'hidden') { return; }
        if (socket && welcomed && Date.now() - lastFrameAt > 2 * PING_MS + 5000) { lost(); }
        if (!socket) {
            attempts = 0;
            connect();
        }
    }

    function heartbeat() {
        if (!socket || !welcomed) { return; }
        // No pong for two rounds: the connection is dead even if the browser has not noticed.
        if (Date.now() - lastFrameAt > 2 * PING_MS + 5000) { lost(); } else { send({type: 'ping'}); }
    }

    function showConnection() {
        var state = welcomed ? '' : failedOpens >= 2 ? 'session' : everWelcomed || failedOpens ? 'lost' : '';
        if (state === bannerState) { return; }  // an assertive region must not repeat itself on every retry
        bannerState = state;
        var banner = $('connection');
        banner.textContent = '';
        if (state === 'lost') {
            banner.textContent = 'Verbinding verloren — opnieuw verbinden…';
        } else if (state === 'session') {
            banner.appendChild(document.createTextNode('Je bent misschien afgemeld. '));
            var reload = el('a', 'reload', 'Laad de pagina opnieuw.');
            reload.href = window.location.href;
            reload.addEventListener('click', function (event) {
                event.preventDefault();
                window.location.reload();
            });
            banner.appendChild(reload);
        }
    }

    // ---- frames ----

    var handlers = {
        welcome: function (frame) {
            welcomed = everWelcomed = true;
            attempts = failedOpens = 0;
            me.alias = frame.alias || null;
            me.available = !!frame.available;
            me.maxChats = frame.maxChats || me.maxChats;
            var present = {};
            (frame.chats || []).forEach(function (c) {
                present[c.chatId] = true;
                upsertChat(c);
            });
            setQueue(frame.queue || {}, true);
            Object.keys(chats).forEach(function (id) {
                if (present[id]) { return; }
                setEnded(chats[id], knownQueue[id]
                    ? 'Je was te lang weg: dit gesprek staat weer in de wachtrij.'
                    : 'Het gesprek is beëindigd.');
            });
            // Send again what was not acknowledged; the server stores it once.
            outbox.slice().forEach(function (entry) {
                var chat = chats[entry.chatId];
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
            renderQueue();
        },
        alias: function (frame) {
            var hadFocus = $('alias-form').contains(document.activeElement);
            me.alias = frame.alias;
            showError('');
            renderMe();
            if (hadFocus) { $('availability').focus(); }
        },
        availability: function (frame) {
            me.available = !!frame.available;
            renderMe();
            renderQueue();
        },
        queue: function (frame) { setQueue(frame, false); },
        accepted: function (frame) {
            if (!frame.chat) { return; }
            var chat = upsertChat(frame.chat);
            renderQueue();
            if (acceptRequested) { chat.input.focus(); }  // only the tab that asked takes the focus
            acceptRequested = false;
        },
        ack: function (frame) {
            dropOutbox(frame.clientMsgId);
            var chat = chats[frame.chatId];
            // Not ours when another tab sent it: its `message` frame shows it.
            if (chat && chat.pending[frame.clientMsgId]) {
                addMessage(chat, {seq: frame.seq, from: 'operator', sentAt: frame.sentAt, clientMsgId: frame.clientMsgId});
            }
        },
        message: function (frame) {
            var chat = chats[frame.chatId];
            if (chat) { addMessage(chat, frame); }
        },
        typing: function (frame) {
            var chat = chats[frame.chatId];
            if (!chat || frame.from === 'operator' || chat.ended) { return; }
            chat.typing.textContent = chat.info.nickname + ' is aan het typen…';
            chat.typing.hidden = false;
            clearTimeout(chat.typingTimer);
            chat.typingTimer = setTimeout(function () { hideTyping(chat); }, TYPING_SHOWN_MS);
        },
        visitor: function (frame) {
            var chat = chats[frame.chatId];
            if (chat && !chat.ended) { setVisitor(chat, frame.connected); }
        },
        ended: function (frame) {
            var chat = chats[frame.chatId];
            if (!chat) { return; }
            setEnded(chat, ENDED_BY[frame.by] ? 'Het gesprek is beëindigd ' + ENDED_BY[frame.by] + '.'
                : 'Het gesprek is beëindigd.', Date.parse(frame.endedAt));
        },
        error: function (frame) {
            var chat = frame.chatId ? chats[frame.chatId] : null;
            if (frame.clientMsgId) {
                var entry = dropOutbox(frame.clientMsgId);
                chat = chat || (entry && chats[entry.chatId]) || null;
                failMessage(frame.clientMsgId, chat);
            }
            var text = frame.message || 'Er ging iets mis.';
            if (!chat) {
                acceptRequested = false;
                showError(text);
                return;
            }
            setNotice(chat.errorBox, text);
            if (frame.code === 'chat-ended' || frame.code === 'unknown-chat') {
                setEnded(chat, 'Het gesprek is niet meer open.');
            }
        },
        pong: function () { /* lastFrameAt is enough */ }
    };

    // ---- status and queue ----

    function openCount() {
        return Object.keys(chats).filter(function (id) { return !chats[id].ended; }).length;
    }

    function hasRoom() { return me.available && openCount() < me.maxChats; }

    function renderMe() {
        $('alias-form').hidden = !everWelcomed || !!me.alias;
        $('alias-line').hidden = !me.alias;
        $('my-alias').textContent = me.alias || '';
        var button = $('availability');
        button.textContent = me.available ? 'Ik neem een pauze' : 'Ik ben beschikbaar';
        button.disabled = !welcomed || !me.alias;
        if (everWelcomed) {
            $('availability-status').textContent = me.available ? 'Je bent beschikbaar' : 'Je bent afwezig';
        }
        document.body.classList.toggle('is-available', me.available);
    }

    function setQueue(frame, silent) {
        var before = knownQueue;
        var items = frame.items || [];
        // The server sends the head of the queue; queueLength is how many wait in all.
        queue = {items: items, length: typeof frame.queueLength === 'number' ? frame.queueLength : items.length,
            operatorsOnline: frame.operatorsOnline || 0};
        knownQueue = {};
        var fresh = false;
        queue.items.forEach(function (item) {
            knownQueue[item.chatId] = true;
            fresh = fresh || !before[item.chatId];
        });
        renderQueue();
        if (fresh && !silent && hasRoom()) { announce('Nieuwe bezoeker in de wachtrij'); }
    }

    function renderQueue() {
        var items = queue.items;
        $('queue-count').textContent = String(queue.length);
        var online = queue.operatorsOnline;
        $('operators-online').textContent = online + (online === 1 ? ' collega beschikbaar' : ' collega\'s beschikbaar');
        var list = $('queue-list');
        list.textContent = '';
        items.forEach(function (item) {
            var li = el('li', 'queue-item' + (item.requeued ? ' is-requeued' : ''), '', {'data-chat-id': item.chatId});
            li.appendChild(el('span', 'nickname', item.nickname));
            li.appendChild(el('span', 'details', describe({role: item.role, age: item.age, gender: item.gender})));
            li.appendChild(el('span', 'waiting', '', {'data-queued-at': item.queuedAt || ''}));
            if (item.requeued) { li.appendChild(el('span', 'requeued', 'teruggezet')); }
            list.appendChild(li);
        });
        updateWaiting();
        $('queue-empty').hidden = items.length > 0;

        var open = openCount();
        var hint = '';
        if (!welcomed) {
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
        document.title = queue.length && welcomed && hasRoom() ? '(' + queue.length + ') ' + TITLE : TITLE;
    }

    function updateWaiting() {
        var now = Date.now();
        Array.prototype.forEach.call(document.querySelectorAll('#queue-list .waiting'), function (span) {
            var since = Date.parse(span.getAttribute('data-queued-at'));
            span.textContent = isNaN(since) ? '' : waitingText(now - since);
        });
    }

    // ---- chats ----

    function upsertChat(c) {
        var chat = chats[c.chatId] || buildPanel(c);
        chat.info = c;
        chat.acceptedAt = Date.parse(c.acceptedAt) || chat.acceptedAt || Date.now();
        chat.title.textContent = describe(c);
        if (chat.ended) { reopen(chat); }
        setVisitor(chat, c.visitorConnected !== false);
        (c.messages || []).slice().sort(function (a, b) { return a.seq - b.seq; })
            .forEach(function (m) { addMessage(chat, m); });
        tick();
        return chat;
    }

    function buildPanel(c) {
        var id = 'chat-' + (++panelCount);
        var chat = {id: c.chatId, info: c, seqs: {}, pending: {}, ended: false, overTime: false, lastTyping: 0};
        var panel = chat.panel = el('section', 'chat-panel', '', {'data-chat-id': c.chatId, 'aria-labelledby': id + '-title'});
        var head = panel.appendChild(el('div', 'chat-head'));
        chat.title = head.appendChild(el('h3', 'chat-title', '', {id: id + '-title'}));
        chat.elapsed = head.appendChild(el('p', 'chat-time', 'Duur: ')).appendChild(el('span', 'elapsed', '00:00'));
        chat.overTimeBox = panel.appendChild(el('p', 'notice over-time-notice', '', {role: 'status'}));
        chat.visitorBox = panel.appendChild(el('p', 'notice visitor-notice', '', {role: 'status'}));
        // tabindex: the log scrolls, so it must be reachable by keyboard.
        chat.log = panel.appendChild(el('ol', 'messages', '',
            {role: 'log', 'aria-label': 'Berichten met ' + c.nickname, tabindex: '0'}));
        chat.typing = panel.appendChild(el('p', 'typing', '', {hidden: 'hidden'}));
        chat.errorBox = panel.appendChild(el('p', 'notice chat-error', '', {role: 'alert'}));
        chat.endedBox = panel.appendChild(el('p', 'notice ended-notice', '', {role: 'status'}));

        var compose = panel.appendChild(el('div', 'compose'));
        compose.appendChild(el('label', 'input-label', 'Bericht aan ' + c.nickname, {'for': id + '-input'}));
        chat.input = compose.appendChild(el('textarea', 'message-input', '',
            {id: id + '-input', rows: '3', 'aria-describedby': id + '-keys'}));
        compose.appendChild(el('p', 'hint keys', 'Enter verstuurt, Shift+Enter geeft een nieuwe regel.', {id: id + '-keys'}));
        var actions = compose.appendChild(el('div', 'chat-actions'));
        chat.sendButton = actions.appendChild(el('button', 'button send', 'Verstuur',
            {type: 'button', 'aria-label': 'Verstuur naar ' + c.nickname}));
        chat.endButton = actions.appendChild(el('button', 'button end-chat', '', {type: 'button'}));
        chat.closeButton = actions.appendChild(el('button', 'button close-panel', 'Sluiten',
            {type: 'button', hidden: 'hidden', 'aria-label': 'Sluiten: gesprek met ' + c.nickname}));
        resetConfirm(chat);

        chat.input.addEventListener('keydown', function (event) {
            if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
                event.preventDefault();
                sendFromPanel(chat);
            }
        });
        chat.input.addEventListener('input', function () {
            var now = Date.now();
            if (!chat.ended && chat.input.value.trim() && now - chat.lastTyping >= TYPING_SEND_MS) {
                chat.lastTyping = now;
                send({type: 'typing', chatId: chat.id});
            }
        });
        chat.sendButton.addEventListener('click', function () { sendFromPanel(chat); });
        chat.endButton.addEventListener('click', function () { confirmEnd(chat); });
        chat.closeButton.addEventListener('click', function () { closePanel(chat); });

        chats[c.chatId] = chat;
        $('chats').appendChild(panel);
        return chat;
    }

    function messageItem(chat, from, text) {
        var li = el('li', 'message ' + (from === 'operator' ? 'from-operator' : 'from-visitor'));
        var meta = li.appendChild(el('p', 'meta'));
        meta.appendChild(el('span', 'who', from === 'operator' ? 'Jij' : chat.info.nickname));
        meta.appendChild(document.createTextNode(' '));
        meta.appendChild(el('time', 'time'));
        meta.appendChild(el('span', 'state'));
        li.appendChild(el('p', 'text', text));
        return li;
    }

    function nearBottom(log) { return log.scrollHeight - log.scrollTop - log.clientHeight < 80; }

    // Stored messages in seq order; messages still being sent stay after them.
    function placeBySeq(log, li, seq) {
        var next = null;
        for (var n = log.firstElementChild; n; n = n.nextElementSibling) {
            if (n !== li && (!n.hasAttribute('data-seq') || +n.getAttribute('data-seq') > seq)) {
                next = n;
                break;
            }
        }
        if (li.parentNode !== log || li.nextElementSibling !== next) { log.insertBefore(li, next); }
    }

    function addMessage(chat, m) {
        var li = m.clientMsgId ? chat.pending[m.clientMsgId] : null;
        if (m.clientMsgId) {
            delete chat.pending[m.clientMsgId];
            dropOutbox(m.clientMsgId);
        }
        if (chat.seqs[m.seq]) {  // already shown (ack and message both arrive, or a replay)
            if (li) { li.parentNode.removeChild(li); }
            return;
        }
        var follow = nearBottom(chat.log) || m.from === 'operator';
        li = li || messageItem(chat, m.from, m.text);
        li.classList.remove('pending', 'failed');
        li.removeAttribute('data-client-msg-id');
        li.querySelector('.state').textContent = '';
        li.setAttribute('data-seq', String(m.seq));
        var time = li.querySelector('time');
        var sentAt = new Date(m.sentAt);
        if (!isNaN(sentAt)) {
            time.dateTime = sentAt.toISOString();
            time.textContent = clock.format(sentAt);
        }
        chat.seqs[m.seq] = li;
        placeBySeq(chat.log, li, m.seq);
        if (m.from === 'visitor') { hideTyping(chat); }
        if (follow) { chat.log.scrollTop = chat.log.scrollHeight; }
    }

    function showPending(chat, entry) {
        if (chat.pending[entry.clientMsgId]) { return; }
        var li = messageItem(chat, 'operator', entry.text);
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
        var text = chat.input.value.trim();
        if (!text || chat.ended) { return; }
        var entry = {chatId: chat.id, clientMsgId: newId(), text: text};
        outbox.push(entry);
        saveOutbox();
        showPending(chat, entry);
        chat.input.value = '';
        setNotice(chat.errorBox, '');
        transmit(entry);  // when offline it waits in the outbox for the next welcome
    }

    // The text stays visible, and one click puts it back in the input to send it again.
    function failMessage(clientMsgId, chat) {
        dropOutbox(clientMsgId);
        var li = chat && chat.pending[clientMsgId];
        if (!li) { return; }
        delete chat.pending[clientMsgId];
        li.classList.remove('pending');
        li.classList.add('failed');
        li.removeAttribute('data-client-msg-id');
        li.querySelector('.state').textContent = 'Niet verstuurd';
        var again = li.appendChild(el('button', 'restore', 'Terug naar het invoerveld', {type: 'button'}));
        again.hidden = chat.ended;
        again.addEventListener('click', function () {
            var text = li.querySelector('.text').textContent;
            chat.input.value = chat.input.value ? chat.input.value + '\n' + text : text;
            li.parentNode.removeChild(li);
            chat.input.focus();
        });
    }

    function setVisitor(chat, connected) {
        setNotice(chat.visitorBox, connected ? '' : 'De bezoeker is even weg (verbinding verbroken).');
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
            chat.confirmTimer = setTimeout(function () { resetConfirm(chat); }, CONFIRM_MS);
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
        var hadFocus = chat.panel.contains(document.activeElement);
        chat.endedAt = endedAt || Date.now();
        resetConfirm(chat);
        hideTyping(chat);
        setNotice(chat.visitorBox, '');
        setNotice(chat.endedBox, text);
        setOpen(chat, false);
        if (hadFocus) { chat.closeButton.focus(); }
        tick();
        renderQueue();
    }

    // The same chat can come back, e.g. a requeued chat taken again.
    function reopen(chat) {
        chat.endedAt = null;
        setNotice(chat.endedBox, '');
        setOpen(chat, true);
    }

    function setOpen(chat, open) {
        chat.ended = !open;
        chat.input.disabled = chat.sendButton.disabled = chat.endButton.hidden = !open;
        chat.closeButton.hidden = open;
        chat.panel.classList.toggle('is-ended', !open);
        Array.prototype.forEach.call(chat.log.querySelectorAll('.restore'), function (b) { b.hidden = !open; });
    }

    function closePanel(chat) {
        outbox = outbox.filter(function (entry) { return entry.chatId !== chat.id; });
        saveOutbox();
        clearTimeout(chat.typingTimer);
        chat.panel.parentNode.removeChild(chat.panel);
        delete chats[chat.id];
        renderQueue();
        var next = document.querySelector('#chats .message-input:not([disabled])');
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
        var now = Date.now();
        Object.keys(chats).forEach(function (id) {
            var chat = chats[id];
            var ms = (chat.ended ? chat.endedAt : now) - chat.acceptedAt;
            var text = elapsedText(ms);
            if (chat.elapsed.textContent !== text) { chat.elapsed.textContent = text; }
            if (ms >= MAX_CHAT_MS && !chat.overTime && !chat.ended) {
                chat.overTime = true;
                chat.panel.classList.add('over-time');
                setNotice(chat.overTimeBox, 'Dit gesprek duurt al 45 minuten.');
            }
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        if (!$('chats')) { return; }
        $('alias-form').addEventListener('submit', function (event) {
            event.preventDefault();
            var alias = $('alias-input').value.trim();
            if (alias.length < 2 || alias.length > 30) {
                showError('Je schuilnaam moet 2 tot 30 tekens hebben.');
            } else {
                showError(send({type: 'alias', alias: alias}) ? '' : NO_CONNECTION);
            }
        });
        $('availability').addEventListener('click', function () {
            showError(send({type: 'availability', available: !me.available}) ? '' : NO_CONNECTION);
        });
        $('accept-next').addEventListener('click', function () {
            acceptRequested = send({type: 'accept'});
            showError(acceptRequested ? '' : NO_CONNECTION);
        });
        // Chat text must not outlive the login in this tab.
        var logout = document.querySelector('form[action$="/uitloggen"]');
        if (logout) {
            logout.addEventListener('submit', function () {
                try { window.sessionStorage.removeItem(OUTBOX_KEY); } catch (e) { /* nothing kept */ }
            });
        }
        window.addEventListener('online', wake);
        document.addEventListener('visibilitychange', wake);
        setInterval(heartbeat, PING_MS);
        setInterval(function () {
            tick();
            if (++ticks % 15 === 0) { updateWaiting(); }
        }, 1000);
        renderQueue();
        connect();
    });
})();
