// Stand-ins for what the browser gives socket-client.js: a clock with timers that only move when a test says so,
// a WebSocket that a test opens, feeds and closes, and a Storage in memory.

/** Time stands still until advance(ms); timers due meanwhile run in order of their due time. */
export class FakeClock {
    constructor(start = 1_000_000) {
        this.time = start;
        this.timers = new Map();
        this.nextId = 1;
    }

    now() { return this.time; }

    setTimeout(fn, ms = 0) {
        const id = this.nextId++;
        this.timers.set(id, {at: this.time + Math.max(0, ms), fn, every: null});
        return id;
    }

    clearTimeout(id) { this.timers.delete(id); }

    setInterval(fn, ms) {
        const id = this.nextId++;
        this.timers.set(id, {at: this.time + ms, fn, every: ms});
        return id;
    }

    clearInterval(id) { this.timers.delete(id); }

    /** Timeouts waiting now (not intervals), as [{id, delay}] from now. */
    pendingTimeouts() {
        return [...this.timers].filter(([, t]) => t.every === null).map(([id, t]) => ({id, delay: t.at - this.time}));
    }

    advance(ms) {
        const end = this.time + ms;
        for (;;) {
            let dueId = null, due = null;
            for (const [id, timer] of this.timers) {
                if (timer.at <= end && (due === null || timer.at < due.at)) { dueId = id; due = timer; }
            }
            if (due === null) { break; }
            this.time = due.at;
            if (due.every === null) { this.timers.delete(dueId); } else { due.at += due.every; }
            due.fn();
        }
        this.time = end;
    }

    /** The clock as SocketClient and Outbox take it. */
    get api() {
        return {
            now: () => this.now(),
            setTimeout: (fn, ms) => this.setTimeout(fn, ms),
            clearTimeout: (id) => this.clearTimeout(id),
            setInterval: (fn, ms) => this.setInterval(fn, ms),
            clearInterval: (id) => this.clearInterval(id)
        };
    }
}

/** A WebSocket class that remembers every socket made; a test plays the server. */
export const fakeWebSocket = (clock) => {
    const sockets = [];
    class FakeWebSocket {
        constructor(url) {
            this.url = url;
            this.readyState = 0;
            this.sent = [];
            this.closed = false;
            this.madeAt = clock.now();
            this.onopen = this.onmessage = this.onclose = this.onerror = null;
            sockets.push(this);
        }

        send(text) {
            if (this.readyState !== 1) { throw new Error('send on a socket that is not open'); }
            this.sent.push(JSON.parse(text));
        }

        close() {
            this.closed = true;
            this.readyState = 3;
        }

        // --- the server's side ---

        open() {
            this.readyState = 1;
            if (this.onopen) { this.onopen({}); }
        }

        receive(frame) {
            if (this.onmessage) { this.onmessage({data: typeof frame === 'string' ? frame : JSON.stringify(frame)}); }
        }

        /** The line goes: the browser fires close (without our close()). */
        lose() {
            this.readyState = 3;
            if (this.onclose) { this.onclose({code: 1006}); }
        }

        /** The frames of one type this socket sent. */
        sentOf(type) { return this.sent.filter((frame) => frame.type === type); }
    }
    FakeWebSocket.sockets = sockets;
    FakeWebSocket.last = () => sockets[sockets.length - 1];
    return FakeWebSocket;
};

/** The Storage interface in memory. */
export class MemoryStorage {
    constructor(items = {}) { this.items = new Map(Object.entries(items)); }

    getItem(key) { return this.items.has(key) ? this.items.get(key) : null; }

    setItem(key, value) { this.items.set(key, String(value)); }

    removeItem(key) { this.items.delete(key); }
}

/** A random function that returns the given values in turn (the last one from then on). */
export const sequence = (...values) => {
    let i = 0;
    return () => values[Math.min(i++, values.length - 1)];
};
