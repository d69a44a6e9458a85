// What the visitor's chat page (chat.js) and the operator console (operator-console.js) share about the socket
// (docs/chat-protocol.md): opening it, reconnecting with back-off, the heartbeat, the outbox of messages not yet
// acknowledged, message ids, and the protocol's rules for frames that come twice or late.
// Nothing here touches the browser when the module is imported: every global (WebSocket, timers, clock, storage,
// random, crypto) is looked up when it is used, and can be handed in instead, as the unit tests do.

/** Today's timings of both pages. */
export const DEFAULTS = Object.freeze({
    pingMs: 20000,        // a ping this long after the last one
    silenceMs: 45000,     // nothing heard for this long, and a recent ping unanswered: the line is dead
    probeMs: 5000,        // a ping gets this long for its answer
    connectMs: 15000,     // a socket that is not open after this long is given up
    tickMs: 5000,         // how often the heartbeat looks
    baseBackoffMs: 1000,  // the first retry after about this long, then twice as long each time …
    maxBackoffMs: 10000   // … but never longer than this
});

/**
 * The visitor's page listens closer: a pupil must know at once that nothing reaches anyone. A line silent for 8 s
 * (a ping every 4 s, 2 s for its answer) is called lost within 10 s.
 */
export const VISITOR_TIMINGS = Object.freeze({pingMs: 4000, silenceMs: 8000, probeMs: 2000, tickMs: 1000});

const CONNECTING = 0;
const OPEN = 1;

/** The browser's timers and clock, looked up at each call (never at import). */
export const browserClock = () => ({
    now: () => Date.now(),
    setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
    clearTimeout: (id) => globalThis.clearTimeout(id),
    setInterval: (fn, ms) => globalThis.setInterval(fn, ms),
    clearInterval: (id) => globalThis.clearInterval(id)
});

/** sessionStorage, or null where it is off (reading it can throw then). */
const browserStorage = () => {
    try {
        return globalThis.sessionStorage || null;
    } catch (e) {
        return null;
    }
};

/** A version-4 UUID: crypto.randomUUID where there is one (secure contexts only), else from getRandomValues. */
export const newId = (cryptoImpl = globalThis.crypto) => {
    if (cryptoImpl && typeof cryptoImpl.randomUUID === 'function') { return cryptoImpl.randomUUID(); }
    const bytes = cryptoImpl.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 15) | 64;
    bytes[8] = (bytes[8] & 63) | 128;
    const hex = Array.from(bytes, (b) => (b + 256).toString(16).slice(1)).join('');
    return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-');
};

/**
 * The wait before retry number `attempt` (0 for the first): 1 s, 2 s, 4 s … capped, times 0.75-1.25 so a whole class
 * on one school Wi-Fi does not come back at once, and never above the cap.
 */
export const backoffDelay = (attempt, {baseMs = DEFAULTS.baseBackoffMs, maxMs = DEFAULTS.maxBackoffMs,
    random = Math.random} = {}) => {
    const step = Math.min(maxMs, baseMs * Math.pow(2, attempt));
    return Math.min(maxMs, step * (0.75 + random() * 0.5));
};

/** The ws: or wss: address of `path`, relative to `base` (the page's address by default). */
export const socketUrl = (path, base = globalThis.location.href) => {
    const url = new URL(path, base);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    return url.href;
};

/**
 * A visitor's `queued` frame that arrives after `accepted` or `ended` is old news (queue updates are gathered and can
 * overtake them): ignore it. `state` is the chat's state as the page knows it: 'queued', 'chatting' or 'ended'.
 */
export const isOldQueueFrame = (frame, state) =>
    !!frame && frame.type === 'queued' && (state === 'chatting' || state === 'ended');

/**
 * The seqs of one chat that are on screen. A message can come twice around a reconnect (a replay, or both its `ack`
 * and its `message`): one whose seq is here is not shown again. `last` is the highest seq with every earlier one
 * here too: what `resume` asks to be replayed after.
 */
export class SeqSet {
    constructor() {
        this.clear();
    }

    has(seq) { return this._seen.has(seq); }

    /** Marks `seq` as shown; false when it already was. */
    add(seq) {
        if (this._seen.has(seq)) { return false; }
        this._seen.add(seq);
        while (this._seen.has(this._last + 1)) { this._last++; }
        return true;
    }

    /** A `message` frame to ignore: no seq, or one already shown. */
    ignores(frame) { return typeof frame.seq !== 'number' || this._seen.has(frame.seq); }

    get last() { return this._last; }

    clear() {
        this._seen = new Set();
        this._last = 0;
    }
}

/**
 * Messages sent (or to send) and not acknowledged yet, in the order they were written, each with its `clientMsgId`.
 * Kept in `storage` under `key` so a reload finds them back; sent again with the same id, so the server stores
 * each once. An entry is an object with at least `clientMsgId`; the pages add `text` (and the console `chatId`).
 */
export class Outbox {
    constructor({key, storage = browserStorage(), clock = browserClock()}) {
        this._key = key;
        this._storage = storage;
        this._clock = clock;
        this._flushTimer = null;
        this._entries = this._load();
    }

    _load() {
        let saved = null;
        try {
            saved = this._storage && JSON.parse(this._storage.getItem(this._key));
        } catch (e) {
            saved = null;
        }
        if (!Array.isArray(saved)) { return []; }
        return saved.filter((entry) => entry && typeof entry === 'object')
            .map(({id, ...entry}) => (entry.clientMsgId || !id ? entry : {...entry, clientMsgId: id}))  // {id} before
            .filter((entry) => typeof entry.clientMsgId === 'string');
    }

    _save() {
        try {
            if (!this._storage) { return; }
            if (this._entries.length) {
                this._storage.setItem(this._key, JSON.stringify(this._entries));
            } else {
                this._storage.removeItem(this._key);
            }
        } catch (e) { /* storage off: the outbox lives in memory only, a reload cannot find it back */ }
    }

    /** A copy of the entries, oldest first. */
    entries() { return this._entries.slice(); }

    get size() { return this._entries.length; }

    has(clientMsgId) { return this._entries.some((entry) => entry.clientMsgId === clientMsgId); }

    add(entry) {
        this._entries.push(entry);
        this._save();
        return entry;
    }

    /** Takes the entry out (on its `ack`, or when it failed); returns it, or null when it was not there. */
    remove(clientMsgId) {
        const index = this._entries.findIndex((entry) => entry.clientMsgId === clientMsgId);
        if (index < 0) { return null; }
        const [entry] = this._entries.splice(index, 1);
        this._save();
        return entry;
    }

    /** Takes out every entry for which `test` is true. */
    removeWhere(test) {
        const before = this._entries.length;
        this._entries = this._entries.filter((entry) => !test(entry));
        if (this._entries.length !== before) { this._save(); }
    }

    clear() {
        this.stopFlush();
        this._entries = [];
        this._save();
    }

    /**
     * Hands every entry to `transmit`, oldest first, skipping those taken out meanwhile: after (re)connecting,
     * what was not acknowledged goes again with the same id. `everyMs` paces them (the server takes a burst of 8 and
     * then 2 a second); 0 sends them all at once. A new flush stops one that is still going.
     */
    flush(transmit, everyMs = 0) {
        this.stopFlush();
        const waiting = this.entries();
        const next = (index) => {
            this._flushTimer = null;
            if (index >= waiting.length) { return; }
            if (this.has(waiting[index].clientMsgId)) { transmit(waiting[index]); }
            if (everyMs > 0) {
                this._flushTimer = this._clock.setTimeout(() => next(index + 1), everyMs);
            } else {
                next(index + 1);
            }
        };
        next(0);
    }

    stopFlush() {
        if (this._flushTimer !== null) { this._clock.clearTimeout(this._flushTimer); }
        this._flushTimer = null;
    }
}

const noop = () => { /* nothing */ };

/**
 * One WebSocket to the server that comes back by itself. It opens `url`, sends JSON frames, hands every frame it
 * gets to `onFrame`, pings every `pingMs` and calls the line dead when nothing came for `silenceMs` after a ping, gives
 * up a socket that does not open within `connectMs`, and after a lost line opens a new one with back-off — while
 * `shouldReconnect()` says so. A frame for which `isWelcome(frame)` is true (the server's first answer) resets the
 * back-off. With an `outbox`, an `ack` frame takes its message out of it.
 *
 * Callbacks: onOpen() when a socket opened; onFrame(frame) for every JSON frame; onDisconnect({wasWelcomed,
 * willReconnect, delay}) when a socket was lost (not after close()).
 */
export class SocketClient {
    constructor({
        url,
        onOpen = noop,
        onFrame = noop,
        onDisconnect = noop,
        isWelcome = (frame) => frame.type === 'welcome',
        shouldReconnect = () => true,
        outbox = null,
        WebSocket: WebSocketImpl = globalThis.WebSocket,
        clock = browserClock(),
        random = Math.random,
        ...timings
    }) {
        this._url = typeof url === 'function' ? url : () => url;
        this._onOpen = onOpen;
        this._onFrame = onFrame;
        this._onDisconnect = onDisconnect;
        this._isWelcome = isWelcome;
        this._shouldReconnect = shouldReconnect;
        this.outbox = outbox;
        this._WebSocket = WebSocketImpl;
        this._clock = clock;
        this._random = random;
        this.timings = {...DEFAULTS, ...timings};
        this._socket = null;
        this._welcomed = false;
        this._attempts = 0;
        this._retryTimer = null;
        this._ticker = null;
        this._openedAt = 0;
        this._lastFrameAt = 0;
        this._lastPingAt = 0;
    }

    /** A socket exists (connecting or open). */
    get hasSocket() { return this._socket !== null; }

    get isOpen() { return this._socket !== null && this._socket.readyState === OPEN; }

    /** This socket has had its welcome (see isWelcome). */
    get welcomed() { return this._welcomed; }

    /** A reconnect is planned. */
    get reconnecting() { return this._retryTimer !== null; }

    /** Sends `frame` as JSON; false (and nothing sent) when the socket is not open. */
    send(frame) {
        if (!this.isOpen) { return false; }
        this._socket.send(JSON.stringify(frame));
        return true;
    }

    /** Opens a socket now, unless there is one; a planned reconnect is then not needed any more. */
    connect() {
        this._cancelRetry();
        if (this._socket) { return; }
        let socket;
        try {
            socket = new this._WebSocket(this._url());
        } catch (e) {
            this._clock.setTimeout(() => { if (!this._socket) { this._lost(); } }, 0);
            return;
        }
        this._socket = socket;
        this._welcomed = false;
        this._openedAt = this._lastFrameAt = this._lastPingAt = this._clock.now();
        socket.onopen = () => {
            if (socket !== this._socket) { return; }
            this._lastFrameAt = this._clock.now();
            this._onOpen();
        };
        socket.onmessage = (event) => {
            if (socket !== this._socket) { return; }
            this._lastFrameAt = this._clock.now();
            let frame;
            try { frame = JSON.parse(event.data); } catch (e) { return; }
            if (!frame || typeof frame !== 'object') { return; }
            if (this._isWelcome(frame)) {
                this._welcomed = true;
                this._attempts = 0;
            }
            if (this.outbox && frame.type === 'ack' && frame.clientMsgId) { this.outbox.remove(frame.clientMsgId); }
            this._onFrame(frame);
        };
        socket.onclose = socket.onerror = () => this._drop(socket);
        this._ticker = this._clock.setInterval(() => this._tick(), this.timings.tickMs);
    }

    /** Closes the socket on purpose: no reconnect, no onDisconnect. connect() opens a new one later. */
    close() {
        this._cancelRetry();
        this._welcomed = false;
        if (this._socket) { this._detach(this._socket); }
    }

    /**
     * The network or the tab came back: a phone often kills the socket without telling. Without a socket: connect at
     * once (with `freshBackoff`, the back-off starts over); with an open one: a ping that must be answered within
     * `probeMs`, or the socket is dropped and opened again.
     */
    wake({freshBackoff = false} = {}) {
        if (!this._shouldReconnect()) { return; }
        if (!this._socket) {
            if (freshBackoff) { this._attempts = 0; }
            this.connect();
            return;
        }
        if (this._socket.readyState !== OPEN) { return; }
        const socket = this._socket;
        const at = this._clock.now();
        this._lastPingAt = at;
        this.send({type: 'ping'});
        this._clock.setTimeout(() => {
            if (socket === this._socket && this._lastFrameAt <= at) { this._drop(socket); }
        }, this.timings.probeMs);
    }

    _tick() {
        const socket = this._socket;
        if (!socket) { return; }
        const {pingMs, silenceMs, probeMs, connectMs} = this.timings;
        const now = this._clock.now();
        if (socket.readyState === CONNECTING && now - this._openedAt > connectMs) {
            this._drop(socket);
        } else if (socket.readyState === OPEN) {
            // A background tab ticks rarely: only call the line dead when a recent ping went unanswered.
            if (now - this._lastFrameAt > silenceMs && this._lastPingAt > this._lastFrameAt
                && now - this._lastPingAt > probeMs) {
                this._drop(socket);
            } else if (now - this._lastPingAt >= pingMs) {
                this._lastPingAt = now;
                this.send({type: 'ping'});
            }
        }
    }

    _detach(socket) {
        socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null;
        try { socket.close(); } catch (e) { /* already closed */ }
        if (socket === this._socket) {
            this._socket = null;
            this._clock.clearInterval(this._ticker);
            this._ticker = null;
        }
    }

    _drop(socket) {
        if (socket !== this._socket) { return; }
        this._detach(socket);
        this._lost();
    }

    _lost() {
        const wasWelcomed = this._welcomed;
        this._welcomed = false;
        let delay = null;
        const willReconnect = !this._retryTimer && this._shouldReconnect();
        if (willReconnect) {
            delay = backoffDelay(this._attempts++, {baseMs: this.timings.baseBackoffMs,
                maxMs: this.timings.maxBackoffMs, random: this._random});
            this._retryTimer = this._clock.setTimeout(() => {
                this._retryTimer = null;
                this.connect();
            }, delay);
        }
        this._onDisconnect({wasWelcomed, willReconnect, delay});
    }

    _cancelRetry() {
        if (this._retryTimer !== null) { this._clock.clearTimeout(this._retryTimer); }
        this._retryTimer = null;
    }
}
