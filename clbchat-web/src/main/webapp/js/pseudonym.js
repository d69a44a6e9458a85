// A random code this browser keeps (localStorage) and sends when it starts a chat, so that someone who misuses the
// chat can be recognised when they come back — without anything about who they are. The server keeps only a keyed
// hash of it. Quick exit does not erase it; clearing this site's data in the browser does.

export const PSEUDONYM_KEY = 'clbchat.pseudonym';
const SHAPE = /^[A-Za-z0-9_-]{43}$/;

function base64url(bytes) {
    let binary = '';
    bytes.forEach((byte) => { binary += String.fromCharCode(byte); });
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The browser's code: the stored one, or 32 new random bytes (43 characters) stored for next time. Null when the
 * browser keeps nothing (storage off): the chat works without it.
 */
export function pseudonymKey(storage, crypto) {
    try {
        const stored = storage.getItem(PSEUDONYM_KEY);
        if (stored && SHAPE.test(stored)) { return stored; }
        const key = base64url(crypto.getRandomValues(new Uint8Array(32)));
        storage.setItem(PSEUDONYM_KEY, key);
        return storage.getItem(PSEUDONYM_KEY) === key ? key : null;
    } catch (e) {
        return null;
    }
}
