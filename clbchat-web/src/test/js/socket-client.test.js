// The shared socket of the chat page and the operator console: back-off, heartbeat, connect time-out, reconnect and
// the resending of what was not acknowledged. No browser: a fake WebSocket and a clock that moves when told.
import {test, describe} from 'node:test';
import assert from 'node:assert/strict';

import {backoffDelay, DEFAULTS, Outbox, SocketClient, VISITOR_TIMINGS} from '../../main/webapp/js/socket-client.js';
import {FakeClock, fakeWebSocket, MemoryStorage, sequence} from './fakes.js';

/** A client on fake time; random 0.5 makes the jitter factor exactly 1. */
function setUp({clock = new FakeClock(), ...options} = {}) {
    const WebSocket = fakeWebSocket(clock);
    const events = {frames: [], opens: 0, disconnects: []};
    const client = new SocketClient({
        url: 'ws://chat.test/ws/visitor',
        WebSocket,
        clock: clock.api,
        random: () => 0.5,
        onOpen: () => { events.opens++; },
        onFrame: (frame) => events.frames.push(frame),
        onDisconnect: (info) => events.disconnects.push(info),
        ...options
    });
    return {clock, WebSocket, client, events};
}

/** The delay of the one reconnect that is planned now. */
function plannedRetry(clock) {
    const waiting = clock.pendingTimeouts();
    assert.equal(waiting.length, 1, 'exactly one reconnect planned');
    return waiting[0].delay;
}

describe('back-off', () => {
    test('doubles from 1 s and stops at the 10 s cap', () => {
        const delays = [0, 1, 2, 3, 4, 5, 12, 80].map((attempt) => backoffDelay(attempt, {random: () => 0.5}));
        assert.deepEqual(delays, [1000, 2000, 4000, 8000, 10000, 10000, 10000, 10000]);
    });

    test('jitters by a quarter either way, never above the cap', () => {
        assert.equal(backoffDelay(0, {random: () => 0}), 750);
        assert.equal(backoffDelay(0, {random: () => 0.75}), 1125);
        assert.ok(backoffDelay(0, {random: () => 0.999999}) < 1250);
        assert.equal(backoffDelay(2, {random: () => 0}), 3000);
        assert.equal(backoffDelay(10, {random: () => 0}), 7500);
        assert.equal(backoffDelay(10, {random: () => 0.999999}), 10000, 'capped after the jitter too');
    });

    test('takes the random function it is given', () => {
        const {clock, WebSocket, client} = setUp({random: sequence(0, 1 - 1e-9)});
        client.connect();
        WebSocket.last().lose();
        assert.equal(plannedRetry(clock), 750);
        clock.advance(750);
        WebSocket.last().lose();
        assert.ok(Math.abs(plannedRetry(clock) - 2500) < 1e-3);
    });

    test('a lost line is retried later and later, up to the cap', () => {
        const {clock, WebSocket, client, events} = setUp();
        client.connect();
        const delays = [];
        for (let i = 0; i < 7; i++) {
            WebSocket.last().lose();
            const delay = plannedRetry(clock);
            delays.push(delay);
            clock.advance(delay - 1);
            assert.equal(WebSocket.sockets.length, i + 1, 'no new socket before the back-off is over');
            clock.advance(1);
            assert.equal(WebSocket.sockets.length, i + 2, 'a new socket once it is');
        }
        assert.deepEqual(delays, [1000, 2000, 4000, 8000, 10000, 10000, 10000]);
        assert.ok(events.disconnects.every((info) => info.willReconnect));
        assert.deepEqual(events.disconnects.map((info) => info.delay), delays);
    });

    test('starts over after a welcome', () => {
        const {clock, WebSocket, client} = setUp();
        client.connect();
        for (let i = 0; i < 3; i++) {
            WebSocket.last().lose();
            clock.advance(plannedRetry(clock));
        }
        const socket = WebSocket.last();
        socket.open();
        socket.receive({type: 'welcome', alias: 'Sam'});
        assert.equal(client.welcomed, true);
        socket.lose();
        assert.equal(plannedRetry(clock), 1000);
    });

    test('does not start over when a socket opened but had no welcome', () => {
        const {clock, WebSocket, client, events} = setUp();
        client.connect();
        WebSocket.last().lose();
        clock.advance(plannedRetry(clock));
        WebSocket.last().open();
        WebSocket.last().receive({type: 'pong'});
        WebSocket.last().lose();
        assert.equal(plannedRetry(clock), 2000);
        assert.deepEqual(events.disconnects.map((info) => info.wasWelcomed), [false, false]);
    });

    test('what counts as the welcome is the page\'s choice', () => {
        const {clock, WebSocket, client} = setUp({isWelcome: (frame) => frame.type === 'queued'});
        client.connect();
        WebSocket.last().lose();
        clock.advance(plannedRetry(clock));
        WebSocket.last().open();
        WebSocket.last().receive({type: 'welcome'});
        WebSocket.last().lose();
        assert.equal(plannedRetry(clock), 2000, 'welcome is nothing special here');
        clock.advance(2000);
        WebSocket.last().open();
        WebSocket.last().receive({type: 'queued', position: 1});
        WebSocket.last().lose();
        assert.equal(plannedRetry(clock), 1000);
    });

    test('wake with freshBackoff connects at once and starts the back-off over', () => {
        const {clock, WebSocket, client} = setUp();
        client.connect();
        for (let i = 0; i < 3; i++) {
            WebSocket.last().lose();
            if (i < 2) { clock.advance(plannedRetry(clock)); }
        }
        assert.equal(plannedRetry(clock), 4000);
        client.wake({freshBackoff: true});
        assert.equal(WebSocket.sockets.length, 4, 'connected at once');
        assert.equal(clock.pendingTimeouts().length, 0, 'the planned retry is not needed any more');
        WebSocket.last().lose();
        assert.equal(plannedRetry(clock), 1000);
    });

    test('wake without freshBackoff connects at once but keeps counting', () => {
        const {clock, WebSocket, client} = setUp();
        client.connect();
        WebSocket.last().lose();
        client.wake();
        assert.equal(WebSocket.sockets.length, 2);
        WebSocket.last().lose();
        assert.equal(plannedRetry(clock), 2000);
    });
});

describe('heartbeat', () => {
    test('sends a ping every 20 s on an open socket', () => {
        const {clock, WebSocket, client} = setUp();
        client.connect();
        const socket = WebSocket.last();
        socket.open();
        clock.advance(DEFAULTS.pingMs - 1);
        assert.deepEqual(socket.sentOf('ping'), []);
        clock.advance(1);
        assert.deepEqual(socket.sent, [{type: 'ping'}]);
        socket.receive({type: 'pong'});
        clock.advance(DEFAULTS.pingMs);
        assert.equal(socket.sentOf('ping').length, 2);
    });

    test('pings nobody while the socket is still connecting', () => {
        const {clock, WebSocket, client} = setUp();
        client.connect();
        clock.advance(10000);
        assert.deepEqual(WebSocket.last().sent, []);
    });

    test('a line that answers its pings stays', () => {
        const {clock, WebSocket, client, events} = setUp();
        client.connect();
        const socket = WebSocket.last();
        socket.open();
        let answered = 0;
        for (let second = 0; second < 300; second++) {
            clock.advance(1000);
            if (socket.sentOf('ping').length > answered) {
                answered++;
                socket.receive({type: 'pong'});
            }
        }
        assert.equal(socket.closed, false);
        assert.equal(WebSocket.sockets.length, 1);
        assert.deepEqual(events.disconnects, []);
        assert.ok(socket.sentOf('ping').length >= 12);
    });

    test('silence beyond 45 s after an unanswered ping closes the socket and reconnects', () => {
        const {clock, WebSocket, client, events} = setUp();
        client.connect();
        const socket = WebSocket.last();
        socket.open();
        clock.advance(DEFAULTS.silenceMs);
        assert.equal(socket.closed, false, 'not dead at 45 s yet');
        clock.advance(DEFAULTS.tickMs);
        assert.equal(socket.closed, true, 'closed by the client');
        assert.equal(socket.onmessage, null, 'and no longer listened to');
        assert.equal(client.hasSocket, false);
        assert.deepEqual(events.disconnects, [{wasWelcomed: false, willReconnect: true, delay: 1000}]);
        clock.advance(1000);
        assert.equal(WebSocket.sockets.length, 2, 'a new socket');
    });

    test('the visitor\'s page calls a silent line lost within 10 s, and not while pongs come', () => {
        const {clock, WebSocket, client, events} = setUp(VISITOR_TIMINGS);
        client.connect();
        const socket = WebSocket.last();
        socket.open();
        let answered = 0;
        for (let s = 0; s < 30; s++) {   // half a minute of a live line: each ping answered
            clock.advance(1000);
            if (socket.sentOf('ping').length > answered) {
                answered++;
                socket.receive({type: 'pong'});
            }
        }
        assert.equal(socket.closed, false, 'a line that answers stays');
        let lostAfter = 0;
        while (!socket.closed && lostAfter < 20000) {   // the network goes: nothing comes any more
            clock.advance(1000);
            lostAfter += 1000;
        }
        assert.ok(socket.closed && lostAfter <= 10000, 'lost after ' + lostAfter + ' ms');
        assert.equal(events.disconnects.length, 1);
    });

    test('a background tab that did not tick is not killed for silence without a fresh unanswered ping', () => {
        const {clock, WebSocket, client} = setUp({tickMs: 60000});   // a throttled tab ticks once a minute
        client.connect();
        const socket = WebSocket.last();
        socket.open();
        clock.advance(60000);   // 60 s of silence, but no ping went out yet: this tick sends one
        assert.equal(socket.closed, false);
        assert.equal(socket.sentOf('ping').length, 1);
        clock.advance(60000);   // the ping of a minute ago was never answered
        assert.equal(socket.closed, true);
    });

    test('a frame that came in time keeps the line, even without a pong', () => {
        const {clock, WebSocket, client} = setUp();
        client.connect();
        const socket = WebSocket.last();
        socket.open();
        clock.advance(40000);
        socket.receive({type: 'queue', items: []});
        clock.advance(40000);
        assert.equal(socket.closed, false);
    });

    test('a socket that does not open within 15 s is given up and tried again', () => {
        const {clock, WebSocket, client, events} = setUp();
        client.connect();
        const socket = WebSocket.last();
        clock.advance(DEFAULTS.connectMs);
        assert.equal(socket.closed, false, 'still within the time-out');
        clock.advance(DEFAULTS.tickMs);
        assert.equal(socket.closed, true);
        assert.equal(events.disconnects.length, 1);
        clock.advance(1000);
        assert.equal(WebSocket.sockets.length, 2);
    });

    test('wake on an open socket sends a ping and drops the line when nothing answers within 5 s', () => {
        const {clock, WebSocket, client} = setUp();
        client.connect();
        const socket = WebSocket.last();
        socket.open();
        client.wake();
        assert.deepEqual(socket.sent, [{type: 'ping'}]);
        clock.advance(DEFAULTS.probeMs);
        assert.equal(socket.closed, true);
        assert.equal(plannedRetry(clock), 1000);
    });

    test('wake on an open socket that answers keeps it', () => {
        const {clock, WebSocket, client} = setUp();
        client.connect();
        const socket = WebSocket.last();
        socket.open();
        client.wake();
        clock.advance(100);
        socket.receive({type: 'pong'});
        clock.advance(DEFAULTS.probeMs);
        assert.equal(socket.closed, false);
    });
});

describe('the socket', () => {
    test('opens the url it is given, calls onOpen and hands over the JSON frames', () => {
        const {WebSocket, client, events} = setUp({url: () => 'ws://chat.test/ws/operator'});
        client.connect();
        const socket = WebSocket.last();
        assert.equal(socket.url, 'ws://chat.test/ws/operator');
        assert.equal(client.isOpen, false);
        assert.equal(client.send({type: 'alias', alias: 'Sam'}), false, 'nothing sent before the socket is open');
        socket.open();
        assert.equal(events.opens, 1);
        assert.equal(client.send({type: 'alias', alias: 'Sam'}), true);
        assert.deepEqual(socket.sent, [{type: 'alias', alias: 'Sam'}]);
        socket.receive('not json');
        socket.receive('42');
        socket.receive({type: 'alias', alias: 'Sam'});
        assert.deepEqual(events.frames, [{type: 'alias', alias: 'Sam'}]);
    });

    test('connect does not open a second socket', () => {
        const {WebSocket, client} = setUp();
        client.connect();
        client.connect();
        assert.equal(WebSocket.sockets.length, 1);
    });

    test('an error on the socket counts as a lost line', () => {
        const {WebSocket, client, events} = setUp();
        client.connect();
        const socket = WebSocket.last();
        socket.open();
        socket.onerror({});
        assert.equal(socket.closed, true);
        assert.equal(events.disconnects.length, 1);
        assert.equal(client.reconnecting, true);
    });

    test('frames of an old socket are not listened to', () => {
        const {clock, WebSocket, client, events} = setUp();
        client.connect();
        const old = WebSocket.last();
        const onmessage = old.onmessage;
        old.lose();
        clock.advance(1000);
        onmessage({data: JSON.stringify({type: 'message', seq: 1})});
        assert.deepEqual(events.frames, []);
    });

    test('close() ends the line on purpose: no onDisconnect and no reconnect', () => {
        const {clock, WebSocket, client, events} = setUp();
        client.connect();
        const socket = WebSocket.last();
        socket.open();
        client.close();
        assert.equal(socket.closed, true);
        clock.advance(120000);
        assert.equal(WebSocket.sockets.length, 1);
        assert.deepEqual(events.disconnects, []);
        client.connect();
        assert.equal(WebSocket.sockets.length, 2, 'connect() works again afterwards');
    });

    test('no reconnect while shouldReconnect says no, and wake does nothing then', () => {
        let wanted = false;
        const {clock, WebSocket, client, events} = setUp({shouldReconnect: () => wanted});
        client.connect();
        WebSocket.last().lose();
        assert.deepEqual(events.disconnects, [{wasWelcomed: false, willReconnect: false, delay: null}]);
        clock.advance(60000);
        client.wake();
        assert.equal(WebSocket.sockets.length, 1);
        wanted = true;
        client.wake();
        assert.equal(WebSocket.sockets.length, 2);
    });

    test('a WebSocket constructor that throws is a lost line too', () => {
        const {clock, client, events} = setUp({
            WebSocket: class { constructor() { throw new SyntaxError('bad url'); } }
        });
        client.connect();
        assert.equal(events.disconnects.length, 0, 'reported asynchronously');
        clock.advance(0);
        assert.equal(events.disconnects.length, 1);
        assert.equal(plannedRetry(clock), 1000);
    });
});

describe('the outbox across a reconnect', () => {
    test('unacknowledged messages go again after a reconnect, with the same clientMsgId and in order', () => {
        const storage = new MemoryStorage();
        const clock = new FakeClock();
        const outbox = new Outbox({key: 'clbchat.outbox', storage, clock: clock.api});
        // The page sends again what is in the outbox when the server answered the new socket.
        const resend = () => outbox.flush((entry) => client.send({type: 'send', clientMsgId: entry.clientMsgId,
            text: entry.text}));
        const {WebSocket, client} = setUp({clock, outbox,
            onFrame: (frame) => { if (frame.type === 'welcome') { resend(); } }});
        client.connect();
        const first = WebSocket.last();
        first.open();
        first.receive({type: 'welcome'});
        for (const [clientMsgId, text] of [['id-1', 'een'], ['id-2', 'twee'], ['id-3', 'drie'], ['id-4', 'vier']]) {
            outbox.add({clientMsgId, text});
            client.send({type: 'send', clientMsgId, text});
        }
        first.receive({type: 'ack', clientMsgId: 'id-2', seq: 1, sentAt: '2026-11-23T18:04:05Z'});
        assert.deepEqual(outbox.entries().map((entry) => entry.clientMsgId), ['id-1', 'id-3', 'id-4'],
            'an ack takes its message out of the outbox');
        first.lose();
        clock.advance(1000);
        const second = WebSocket.last();
        assert.notEqual(second, first);
        second.open();
        assert.deepEqual(second.sent, [], 'nothing before the server answered');
        second.receive({type: 'welcome'});
        assert.deepEqual(second.sentOf('send'), [
            {type: 'send', clientMsgId: 'id-1', text: 'een'},
            {type: 'send', clientMsgId: 'id-3', text: 'drie'},
            {type: 'send', clientMsgId: 'id-4', text: 'vier'}
        ]);
        second.receive({type: 'ack', clientMsgId: 'id-1', seq: 2});
        second.receive({type: 'ack', clientMsgId: 'id-4', seq: 3});
        assert.deepEqual(JSON.parse(storage.getItem('clbchat.outbox')).map((entry) => entry.clientMsgId), ['id-3'],
            'what is kept for a reload is what is still unacknowledged');
        second.receive({type: 'ack', clientMsgId: 'id-3', seq: 4});
        assert.equal(storage.getItem('clbchat.outbox'), null);
    });

    test('paced resending (the visitor\'s 600 ms) keeps the order and the ids, and skips what was acked meanwhile', () => {
        const clock = new FakeClock();
        const outbox = new Outbox({key: 'k', storage: new MemoryStorage(), clock: clock.api});
        ['a', 'b', 'c'].forEach((clientMsgId) => outbox.add({clientMsgId, text: clientMsgId.toUpperCase()}));
        const sent = [];
        outbox.flush((entry) => sent.push(entry.clientMsgId), 600);
        assert.deepEqual(sent, ['a']);
        outbox.remove('b');
        clock.advance(600);
        assert.deepEqual(sent, ['a'], 'b was acknowledged meanwhile');
        clock.advance(600);
        assert.deepEqual(sent, ['a', 'c']);
    });
});
