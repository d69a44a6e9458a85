import {test} from 'node:test';
import assert from 'node:assert/strict';
import {inserted, matching} from '../../main/webapp/js/canned-texts.js';

const TEXTS = [
    {id: 1, title: 'Zelfmoordlijn 1813', body: 'Bel de Zelfmoordlijn op 1813, dag en nacht.', tags: ['crisis', 'nacht']},
    {id: 2, title: 'Awel 102', body: 'Bel Awel op 102.', tags: ['praten']}];

test('every word must be in the title, the text or the tags, in any case', () => {
    assert.deepEqual(matching(TEXTS, 'NACHT 1813').map((t) => t.id), [1]);
    assert.deepEqual(matching(TEXTS, 'praten').map((t) => t.id), [2]);
    assert.deepEqual(matching(TEXTS, 'bel').map((t) => t.id), [1, 2]);
    assert.deepEqual(matching(TEXTS, '').length, 2);
    assert.deepEqual(matching(TEXTS, 'pizza'), []);
});

test('the "/" shortcut is replaced, what was typed before stays', () => {
    assert.equal(inserted('/', 'Bel Awel op 102.'), 'Bel Awel op 102.');
    assert.equal(inserted('Dat snap ik.  ', 'Bel Awel op 102.'), 'Dat snap ik. Bel Awel op 102.');
    assert.equal(inserted('', 'Bel Awel op 102.'), 'Bel Awel op 102.');
});
