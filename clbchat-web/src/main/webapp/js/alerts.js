// How the console gets an operator's attention: a short sound (switchable, remembered in this browser), the browser's
// notification while the tab is in the background (after the operator allowed it), and the caller's unread badges.
// Notifications never carry what a visitor wrote: a screen may be seen by others.

export const SOUND_KEY = 'clbchat.operator.sound';

/** What a notification says for each event; never the visitor's words. */
export function notificationText(kind, nickname) {
    switch (kind) {
        case 'queue': return 'Er wacht een nieuwe bezoeker.';
        case 'message': return 'Nieuw bericht van ' + nickname + '.';
        case 'drop': return 'De verbinding met ' + nickname + ' is weg.';
        case 'support': return nickname + ' vraagt ondersteuning.';
        case 'handover': return nickname + ' wil een gesprek aan je doorgeven.';
        default: return '';
    }
}

/** The badge of a panel with `count` unread messages. */
export function unreadLabel(count) {
    return count > 0 ? (count === 1 ? '1 nieuw bericht' : count + ' nieuwe berichten') : '';
}

/** localStorage, or a stand-in that keeps nothing where the browser blocks this site's storage (reading it throws). */
function safeStorage() {
    try { return globalThis.localStorage || {getItem: () => null, setItem: () => {}}; } catch (e) {
        return {getItem: () => null, setItem: () => {}};
    }
}

const TONES = {queue: [660, 880], message: [880], drop: [440, 330], support: [880, 660, 880], handover: [660, 880, 660]};

export class Alerts {
    constructor({storage = safeStorage(), win = globalThis} = {}) {
        this._storage = storage;
        this._win = win;
        this._audio = null;
    }

    get soundOn() {
        try { return this._storage.getItem(SOUND_KEY) !== 'off'; } catch (e) { return true; }
    }

    set soundOn(on) {
        try { this._storage.setItem(SOUND_KEY, on ? 'on' : 'off'); } catch (e) { /* kept for this page only */ }
    }

    /** Whether the browser can show notifications, and whether the operator allowed them. */
    get notifications() {
        const N = this._win.Notification;
        return !N ? 'unsupported' : N.permission;
    }

    /** Asks for permission; must be called from a click (browsers refuse it otherwise). */
    askForNotifications() {
        const N = this._win.Notification;
        return N && N.permission === 'default' ? Promise.resolve(N.requestPermission()) : Promise.resolve(this.notifications);
    }

    /** An audio context may only start after the operator did something on the page: call this from a click. */
    unlock() {
        const Context = this._win.AudioContext || this._win.webkitAudioContext;
        if (!this._audio && Context) {
            try { this._audio = new Context(); } catch (e) { this._audio = null; }
        }
        if (this._audio && this._audio.state === 'suspended') { this._audio.resume(); }
    }

    /** Sound and, when the tab is hidden, a notification. */
    tell(kind, nickname) {
        if (this.soundOn) { this._beep(kind); }
        const doc = this._win.document;
        if (doc && doc.hidden && this.notifications === 'granted') {
            try {
                const note = new this._win.Notification('CLBch@t', {body: notificationText(kind, nickname), tag: kind});
                note.onclick = () => { this._win.focus(); note.close(); };
            } catch (e) { /* some browsers only notify from a service worker: the sound and the title remain */ }
        }
    }

    _beep(kind) {
        const audio = this._audio;
        if (!audio || audio.state !== 'running') { return; }
        let at = audio.currentTime;
        (TONES[kind] || TONES.message).forEach((frequency) => {
            const tone = audio.createOscillator();
            const volume = audio.createGain();
            tone.frequency.value = frequency;
            volume.gain.setValueAtTime(0.0001, at);
            volume.gain.exponentialRampToValueAtTime(0.2, at + 0.02);
            volume.gain.exponentialRampToValueAtTime(0.0001, at + 0.18);
            tone.connect(volume).connect(audio.destination);
            tone.start(at);
            tone.stop(at + 0.2);
            at += 0.22;
        });
    }
}
