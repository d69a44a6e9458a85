import {test} from 'node:test';
import assert from 'node:assert/strict';
import {findTheme, loadThemes} from '../../main/webapp/js/registration-form.js';

const DOMAINS = [
    {code: 'OLB', name: 'Onderwijsloopbaan (OLB)', themes: [{code: 'studiekeuze', name: 'Studiekeuze'}]},
    {code: 'PSF', name: 'Psychisch en sociaal functioneren (PSF)',
        themes: [{code: 'pesten', name: 'Pesten en cyberpesten'}]}];

test('a theme is found by the label the list offers, by its name or by its code, in any case', () => {
    assert.deepEqual(findTheme(DOMAINS, 'PSF · Pesten en cyberpesten'), {code: 'pesten', label: 'PSF · Pesten en cyberpesten'});
    assert.equal(findTheme(DOMAINS, '  studiekeuze ').code, 'studiekeuze');
    assert.equal(findTheme(DOMAINS, 'PESTEN EN CYBERPESTEN').code, 'pesten');
});

test('what matches no theme is none, not a guess', () => {
    assert.equal(findTheme(DOMAINS, 'pest'), null);
    assert.equal(findTheme(DOMAINS, ''), null);
    assert.equal(findTheme(DOMAINS, undefined), null);
});

test('the themes are read once per page, and again after a failure', async () => {
    let calls = 0;
    const failing = () => { calls++; return Promise.reject(new Error('offline')); };
    assert.deepEqual(await loadThemes(failing), []);
    const working = () => { calls++; return Promise.resolve({ok: true, json: () => Promise.resolve(DOMAINS)}); };
    assert.deepEqual(await loadThemes(working), DOMAINS);
    assert.deepEqual(await loadThemes(working), DOMAINS);
    assert.equal(calls, 2);
});
