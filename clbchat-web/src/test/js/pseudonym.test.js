import {test} from 'node:test';
import assert from 'node:assert/strict';
import {webcrypto} from 'node:crypto';
import {PSEUDONYM_KEY, pseudonymKey} from '../../main/webapp/js/pseudonym.js';

function memoryStorage() {
    const items = new Map();
    return {getItem: (k) => (items.has(k) ? items.get(k) : null), setItem: (k, v) => items.set(k, String(v)),
        removeItem: (k) => items.delete(k), items};
}

test('a new browser gets 43 random URL-safe characters, kept for the next chat', () => {
    const storage = memoryStorage();
    const first = pseudonymKey(storage, webcrypto);
    assert.match(first, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(storage.items.get(PSEUDONYM_KEY), first);
    assert.equal(pseudonymKey(storage, webcrypto), first);
    assert.notEqual(pseudonymKey(memoryStorage(), webcrypto), first, 'another browser, another code');
});

test('a damaged stored code is replaced', () => {
    const storage = memoryStorage();
    storage.setItem(PSEUDONYM_KEY, 'kapot');
    assert.match(pseudonymKey(storage, webcrypto), /^[A-Za-z0-9_-]{43}$/);
});

test('storage that refuses or forgets: no code, and the chat goes on without one', () => {
    const refusing = {getItem: () => { throw new Error('SecurityError'); }, setItem: () => {}};
    assert.equal(pseudonymKey(refusing, webcrypto), null);
    const forgetting = {getItem: () => null, setItem: () => {}};
    assert.equal(pseudonymKey(forgetting, webcrypto), null);
});
