import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cautionText} from '../../main/webapp/js/caution.js';

test('no caution, no notice', () => {
    assert.equal(cautionText(null), '');
    assert.equal(cautionText({times: 0, notes: [], until: '2026-12-31T10:00:00Z'}), '');
});

test('how often, the coordinators\' notes and until when', () => {
    const text = cautionText({times: 2, notes: ['Vraagt telkens naar pizza.', ' ', 'Scheldt.'],
        until: '2027-03-01T10:00:00Z'});
    assert.equal(text, 'Eerder 2 keer als mogelijke nepoproep gemarkeerd: “Vraagt telkens naar pizza.” · “Scheldt.”.'
        + ' Geldt tot 1 maart. Blijf vriendelijk; alleen jij ziet dit, de bezoeker niet.');
});

test('once, without notes', () => {
    assert.match(cautionText({times: 1, notes: [], until: '2027-03-01T10:00:00Z'}),
        /^Eerder één keer als mogelijke nepoproep gemarkeerd\. Geldt tot 1 maart\./);
});
