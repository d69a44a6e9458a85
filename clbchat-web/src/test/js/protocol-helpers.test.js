// The smaller parts of socket-client.js: the outbox's storage, message ids, the protocol's rules for a message that
// comes twice and a queue update that comes late, socket addresses, and that importing it needs no browser.
import {test, describe} from 'node:test';
import assert from 'node:assert/strict';

import {isOldQueueFrame, newId, Outbox, SeqSet, socketUrl} from '../../main/webapp/js/socket-client.js';
import {FakeClock, MemoryStorage} from './fakes.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('duplicate messages', () => {
    test('a message whose seq is already shown is ignored', () => {
        const shown = new SeqSet();
        const message = {type: 'message', seq: 7, from: 'operator', text: 'Hallo'};
        assert.equal(shown.ignores(message), false);
        assert.equal(shown.add(7), true);
        assert.equal(shown.ignores(message), true, 'the replay of seq 7 is not shown again');
        assert.equal(shown.ignores({...message, text: 'other text, same seq'}), true);
        assert.equal(shown.add(7), false);
        assert.equal(shown.ignores({type: 'message', seq: 8}), false);
    });

    test('a message without a numeric seq is ignored', () => {
        const shown = new SeqSet();
        assert.equal(shown.ignores({type: 'message', text: 'x'}), true);
        assert.equal(shown.ignores({type: 'message', seq: '3', text: 'x'}), true);
    });

    test('last is the highest seq with every earlier one shown, for resume', () => {
        const shown = new SeqSet();
        assert.equal(shown.last, 0);
        shown.add(1);
        shown.add(2);
        shown.add(4);
        assert.equal(shown.last, 2, 'seq 3 is missing');
        shown.add(3);
        assert.equal(shown.last, 4);
        shown.clear();
        assert.equal(shown.last, 0);
        assert.equal(shown.has(2), false);
    });
});

describe('old queue frames', () => {
    const queued = {type: 'queued', chatId: 'c1', position: 2, queueLength: 3};

    test('a queued frame after accepted or ended is old news', () => {
        assert.equal(isOldQueueFrame(queued, 'chatting'), true);
        assert.equal(isOldQueueFrame(queued, 'ended'), true);
    });

    test('a queued frame while waiting (or before any state) counts', () => {
        assert.equal(isOldQueueFrame(queued, 'queued'), false);
        assert.equal(isOldQueueFrame(queued, null), false);
        assert.equal(isOldQueueFrame(queued, undefined), false);
    });

    test('only queued frames are judged', () => {
        assert.equal(isOldQueueFrame({type: 'message', seq: 1}, 'chatting'), false);
        assert.equal(isOldQueueFrame({type: 'requeued'}, 'chatting'), false);
        assert.equal(isOldQueueFrame(null, 'chatting'), false);
    });
});

describe('outbox', () => {
    const ids = (outbox) => outbox.entries().map((entry) => entry.clientMsgId);

    test('keeps entries in order in its storage, and a new page finds them back', () => {
        const storage = new MemoryStorage();
        const outbox = new Outbox({key: 'clbchat.operator.outbox', storage});
        outbox.add({chatId: 'c1', clientMsgId: 'm1', text: 'een'});
        outbox.add({chatId: 'c2', clientMsgId: 'm2', text: 'twee'});
        outbox.add({chatId: 'c1', clientMsgId: 'm3', text: 'drie'});
        const reloaded = new Outbox({key: 'clbchat.operator.outbox', storage});
        assert.deepEqual(reloaded.entries(), [
            {chatId: 'c1', clientMsgId: 'm1', text: 'een'},
            {chatId: 'c2', clientMsgId: 'm2', text: 'twee'},
            {chatId: 'c1', clientMsgId: 'm3', text: 'drie'}
        ]);
        assert.equal(reloaded.size, 3);
        assert.equal(reloaded.has('m2'), true);
    });

    test('remove takes one entry out and returns it; removeWhere and clear the rest', () => {
        const storage = new MemoryStorage();
        const outbox = new Outbox({key: 'k', storage});
        ['m1', 'm2', 'm3', 'm4'].forEach((clientMsgId, i) => outbox.add({chatId: i % 2 ? 'odd' : 'even', clientMsgId}));
        assert.deepEqual(outbox.remove('m2'), {chatId: 'odd', clientMsgId: 'm2'});
        assert.equal(outbox.remove('m2'), null);
        assert.deepEqual(ids(outbox), ['m1', 'm3', 'm4']);
        outbox.removeWhere((entry) => entry.chatId === 'even');
        assert.deepEqual(ids(outbox), ['m4']);
        assert.deepEqual(ids(new Outbox({key: 'k', storage})), ['m4']);
        outbox.clear();
        assert.equal(outbox.size, 0);
        assert.equal(storage.getItem('k'), null, 'an empty outbox leaves nothing in the storage');
    });

    test('entries() is a copy', () => {
        const outbox = new Outbox({key: 'k', storage: new MemoryStorage()});
        outbox.add({clientMsgId: 'm1'});
        outbox.entries().pop();
        assert.equal(outbox.size, 1);
    });

    test('reads the visitor\'s earlier {id, text} entries as clientMsgId, and skips what is broken', () => {
        const storage = new MemoryStorage({
            'clbchat.outbox': JSON.stringify([{id: 'old-1', text: 'a'}, null, 5, {text: 'no id'},
                {clientMsgId: 'new-2', text: 'b'}])
        });
        assert.deepEqual(new Outbox({key: 'clbchat.outbox', storage}).entries(),
            [{clientMsgId: 'old-1', text: 'a'}, {clientMsgId: 'new-2', text: 'b'}]);
    });

    test('starts empty on nothing stored, on broken JSON, and on something that is no list', () => {
        for (const stored of [undefined, '{not json', '{"a":1}', 'null']) {
            const storage = new MemoryStorage(stored === undefined ? {} : {k: stored});
            assert.deepEqual(new Outbox({key: 'k', storage}).entries(), [], String(stored));
        }
    });

    test('works in memory when the storage is off or throws', () => {
        const broken = {
            getItem: () => { throw new Error('SecurityError'); },
            setItem: () => { throw new Error('QuotaExceededError'); },
            removeItem: () => { throw new Error('SecurityError'); }
        };
        for (const storage of [null, broken]) {
            const outbox = new Outbox({key: 'k', storage});
            outbox.add({clientMsgId: 'm1', text: 'x'});
            assert.deepEqual(ids(outbox), ['m1']);
            outbox.remove('m1');
            assert.equal(outbox.size, 0);
        }
    });

    test('flush hands every entry over in order at once when not paced, with its own id', () => {
        const outbox = new Outbox({key: 'k', storage: new MemoryStorage()});
        ['m1', 'm2', 'm3'].forEach((clientMsgId) => outbox.add({clientMsgId, text: clientMsgId}));
        const handed = [];
        outbox.flush((entry) => {
            handed.push(entry.clientMsgId);
            if (entry.clientMsgId === 'm1') { outbox.remove('m2'); }   // e.g. failed meanwhile
        });
        assert.deepEqual(handed, ['m1', 'm3']);
    });

    test('a new flush stops a paced one that is still going', () => {
        const clock = new FakeClock();
        const outbox = new Outbox({key: 'k', storage: new MemoryStorage(), clock: clock.api});
        ['m1', 'm2', 'm3'].forEach((clientMsgId) => outbox.add({clientMsgId}));
        const handed = [];
        outbox.flush((entry) => handed.push('first:' + entry.clientMsgId), 600);
        clock.advance(600);
        outbox.flush((entry) => handed.push('second:' + entry.clientMsgId), 600);
        clock.advance(5000);
        assert.deepEqual(handed, ['first:m1', 'first:m2', 'second:m1', 'second:m2', 'second:m3']);
    });
});

describe('newId', () => {
    test('uses crypto.randomUUID where there is one', () => {
        assert.equal(newId({randomUUID: () => 'from-random-uuid', getRandomValues: () => assert.fail('not needed')}),
            'from-random-uuid');
    });

    test('makes a version-4 UUID from getRandomValues without randomUUID (no secure context)', () => {
        const bytes = Array.from({length: 16}, (_, i) => i * 17);
        const id = newId({getRandomValues: (array) => { array.set(bytes); return array; }});
        assert.match(id, UUID_V4);
        assert.equal(id, '00112233-4455-4677-8899-aabbccddeeff');
    });

    test('the fallback gives different ids from real randomness', () => {
        const onlyRandomValues = {getRandomValues: (array) => globalThis.crypto.getRandomValues(array)};
        const made = new Set(Array.from({length: 200}, () => newId(onlyRandomValues)));
        assert.equal(made.size, 200);
        made.forEach((id) => assert.match(id, UUID_V4));
    });

    test('by default the platform crypto', () => {
        assert.match(newId(), UUID_V4);
    });
});

describe('socketUrl', () => {
    test('ws: for http, wss: for https, relative to the page', () => {
        assert.equal(socketUrl('ws/visitor', 'http://localhost:9080/chat.html'), 'ws://localhost:9080/ws/visitor');
        assert.equal(socketUrl('ws/visitor', 'https://clbchat.be/chat.html?x=1'), 'wss://clbchat.be/ws/visitor');
        assert.equal(socketUrl('../ws/operator', 'https://clbchat.be/app/operator/'), 'wss://clbchat.be/app/ws/operator');
    });
});

test('importing the module touches no browser global', async () => {
    const names = ['window', 'document', 'location', 'WebSocket', 'sessionStorage', 'localStorage', 'navigator'];
    const saved = names.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)]);
    const touched = [];
    for (const name of names) {
        Object.defineProperty(globalThis, name, {configurable: true, get: () => { touched.push(name); return undefined; }});
    }
    try {
        await import('../../main/webapp/js/socket-client.js?fresh-import=' + Date.now());
    } finally {
        for (const [name, descriptor] of saved) {
            if (descriptor) { Object.defineProperty(globalThis, name, descriptor); } else { delete globalThis[name]; }
        }
    }
    assert.deepEqual(touched, []);
});
