import {test} from 'node:test';
import assert from 'node:assert/strict';
import {Alerts, notificationText, SOUND_KEY, unreadLabel} from '../../main/webapp/js/alerts.js';

function memoryStorage() {
    const items = new Map();
    return {getItem: (k) => (items.has(k) ? items.get(k) : null), setItem: (k, v) => items.set(k, String(v))};
}

test('a notification names the event and the nickname, never what was written', () => {
    assert.equal(notificationText('message', 'Mila'), 'Nieuw bericht van Mila.');
    assert.equal(notificationText('queue', 'Mila'), 'Er wacht een nieuwe bezoeker.');
    assert.equal(notificationText('drop', 'Mila'), 'De verbinding met Mila is weg.');
    assert.equal(notificationText('support', 'Kim'), 'Kim vraagt ondersteuning.');
});

test('the unread badge counts in words', () => {
    assert.equal(unreadLabel(0), '');
    assert.equal(unreadLabel(1), '1 nieuw bericht');
    assert.equal(unreadLabel(3), '3 nieuwe berichten');
});

test('sound is on until switched off, and stays off in this browser', () => {
    const storage = memoryStorage();
    const alerts = new Alerts({storage, win: {}});
    assert.equal(alerts.soundOn, true);
    alerts.soundOn = false;
    assert.equal(storage.getItem(SOUND_KEY), 'off');
    assert.equal(new Alerts({storage, win: {}}).soundOn, false);
});

test('a hidden tab gets a notification once allowed; a visible one does not', () => {
    const shown = [];
    class FakeNotification {
        constructor(title, options) { shown.push(options.body); }
        close() {}
    }
    FakeNotification.permission = 'granted';
    const win = {Notification: FakeNotification, document: {hidden: true}, focus() {}};
    const alerts = new Alerts({storage: memoryStorage(), win});
    alerts.soundOn = false;
    alerts.tell('message', 'Mila');
    win.document.hidden = false;
    alerts.tell('message', 'Mila');
    assert.deepEqual(shown, ['Nieuw bericht van Mila.']);
    FakeNotification.permission = 'denied';
    win.document.hidden = true;
    alerts.tell('queue', 'Mila');
    assert.equal(shown.length, 1);
});
