// The registration of a chat beside it in the console: client type, themes (found by typing), outcomes, suspected
// fake call and an internal note, stored with PUT /api/chats/{id}/registration. Works by keyboard alone: a theme is
// chosen by typing a few letters (the browser's own list) and Enter.
import {el} from './dom.js';
const OUTCOMES = [
    ['info-advice', 'Info en advies'],
    ['support', '(Emotionele) ondersteuning'],
    ['referred-clb', 'Doorverwezen naar het CLB'],
    ['referred-school', 'Doorverwezen naar leerlingenbegeleiding of school'],
    ['referred-network', 'Doorverwezen naar het netwerk'],
    ['referred-onderwijskiezer', 'Doorverwezen naar Onderwijskiezer'],
    ['aborted', 'Sessie (plots) afgebroken']];
const CLIENT_TYPES = [['pupil', 'Leerling'], ['parent', 'Ouder'], ['teacher', 'Leerkracht'], ['other', 'Iemand anders']];

let themesLoaded = null;

/** The domains and their themes, read once per page: [{code, name, themes: [{code, name}]}]. */
export function loadThemes(fetcher = fetch) {
    if (!themesLoaded) {
        themesLoaded = fetcher('/api/themes', {headers: {Accept: 'application/json'}})
            .then((response) => (response.ok ? response.json() : []))
            .catch(() => { themesLoaded = null; return []; });
    }
    return themesLoaded;
}

/** "PSF · Pesten en cyberpesten" → the theme, as typed or picked from the list; null when none matches. */
export function findTheme(domains, typed) {
    const wanted = (typed || '').trim().toLowerCase();
    if (!wanted) { return null; }
    for (const domain of domains) {
        for (const theme of domain.themes) {
            const label = (domain.code + ' · ' + theme.name).toLowerCase();
            if (label === wanted || theme.name.toLowerCase() === wanted || theme.code === wanted) {
                return {code: theme.code, label: domain.code + ' · ' + theme.name};
            }
        }
    }
    return null;
}

/**
 * Adds the registration form to a chat panel; returns {open(), registered()}. {@code prefix} makes the ids unique;
 * {@code onLoaded} hears what the server said of the chat (nickname, endedAt).
 */
export function attachRegistration(panel, chatId, prefix, onLoaded) {
    const box = panel.appendChild(el('details', 'registration'));
    box.appendChild(el('summary', '', 'Registratie van dit gesprek'));
    const form = box.appendChild(el('form', 'registration-form', '', {novalidate: 'novalidate'}));
    const status = form.appendChild(el('p', 'notice registration-status', '', {role: 'status'}));

    const typeLabel = form.appendChild(el('label', 'input-label', 'Met wie', {'for': prefix + '-client'}));
    const type = form.appendChild(el('select', 'client-type', '', {id: prefix + '-client'}));
    CLIENT_TYPES.forEach(([code, label]) => type.appendChild(el('option', '', label, {value: code})));
    typeLabel.after(type);

    const themeLabel = form.appendChild(el('label', 'input-label', 'Thema\'s (typ een paar letters, Enter voegt toe)',
        {'for': prefix + '-theme'}));
    const themeRow = form.appendChild(el('div', 'theme-row'));
    const themeInput = themeRow.appendChild(el('input', 'theme-input', '',
        {id: prefix + '-theme', list: prefix + '-themes', autocomplete: 'off', 'aria-describedby': prefix + '-chosen'}));
    const addTheme = themeRow.appendChild(el('button', 'button secondary add-theme', 'Toevoegen', {type: 'button'}));
    const list = form.appendChild(el('datalist', '', '', {id: prefix + '-themes'}));
    const chosenList = form.appendChild(el('ul', 'chosen-themes', '', {id: prefix + '-chosen', 'aria-label': 'Gekozen thema\'s'}));
    const themeError = form.appendChild(el('p', 'field-error', '', {hidden: 'hidden'}));
    themeLabel.after(themeRow);

    const outcomes = form.appendChild(el('fieldset', 'outcomes'));
    outcomes.appendChild(el('legend', '', 'Uitkomst'));
    OUTCOMES.forEach(([code, label]) => {
        const row = outcomes.appendChild(el('div', 'choice'));
        row.appendChild(el('input', '', '', {type: 'checkbox', id: prefix + '-' + code, value: code}));
        row.appendChild(el('label', '', label, {'for': prefix + '-' + code}));
    });
    const outcomeError = outcomes.appendChild(el('p', 'field-error', '', {hidden: 'hidden'}));

    const fakeRow = form.appendChild(el('div', 'choice'));
    const fake = fakeRow.appendChild(el('input', '', '', {type: 'checkbox', id: prefix + '-fake'}));
    fakeRow.appendChild(el('label', '', 'Vermoedelijke nepoproep', {'for': prefix + '-fake'}));

    form.appendChild(el('label', 'input-label', 'Interne notitie (nooit voor de bezoeker)', {'for': prefix + '-note'}));
    const note = form.appendChild(el('textarea', 'registration-note', '', {id: prefix + '-note', rows: '2', maxlength: '2000'}));
    const save = form.appendChild(el('button', 'button save-registration', 'Registratie bewaren', {type: 'submit'}));

    let chosen = [];
    let domains = [];
    let registered = false;

    function renderChosen() {
        chosenList.textContent = '';
        chosen.forEach((theme) => {
            const item = chosenList.appendChild(el('li', 'chosen-theme', theme.label + ' '));
            const remove = item.appendChild(el('button', 'remove-theme', '×',
                {type: 'button', 'aria-label': theme.label + ' weghalen'}));
            remove.addEventListener('click', () => {
                chosen = chosen.filter((other) => other.code !== theme.code);
                renderChosen();
                themeInput.focus();
            });
        });
    }

    function add() {
        const theme = findTheme(domains, themeInput.value);
        if (!theme) {
            showError(themeError, themeInput.value.trim() ? 'Dat thema kennen we niet. Kies er een uit de lijst.' : '');
            return;
        }
        if (!chosen.some((other) => other.code === theme.code)) { chosen.push(theme); }
        themeInput.value = '';
        showError(themeError, '');
        renderChosen();
    }

    function showError(box, text) {
        box.textContent = text || '';
        box.hidden = !text;
    }

    themeInput.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') { event.preventDefault(); add(); }
    });
    addTheme.addEventListener('click', add);

    async function fill() {
        domains = await loadThemes();
        list.textContent = '';
        domains.forEach((domain) => domain.themes.forEach((theme) =>
            list.appendChild(el('option', '', '', {value: domain.code + ' · ' + theme.name}))));
        try {
            const response = await fetch('/api/chats/' + chatId + '/registration', {headers: {Accept: 'application/json'}});
            if (!response.ok) { return; }
            const found = await response.json();
            if (onLoaded) { onLoaded(found); }
            registered = found.registered;
            if (found.clientType) { type.value = found.clientType; }
            chosen = (found.themes || []).map((code) => {
                for (const domain of domains) {
                    const theme = domain.themes.find((t) => t.code === code);
                    if (theme) { return {code, label: domain.code + ' · ' + theme.name}; }
                }
                return {code, label: code};
            });
            renderChosen();
            outcomes.querySelectorAll('input[type=checkbox]').forEach((box) => {
                box.checked = (found.outcomes || []).includes(box.value);
            });
            fake.checked = !!found.suspectedFake;
            note.value = found.note || '';
            status.textContent = registered ? 'Geregistreerd.' : '';
        } catch (e) {
            status.textContent = 'De registratie kon niet geladen worden; probeer opnieuw.';
        }
    }

    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        if (themeInput.value.trim()) { add(); }
        const body = {
            clientType: type.value,
            themes: chosen.map((theme) => theme.code),
            outcomes: [...outcomes.querySelectorAll('input[type=checkbox]:checked')].map((box) => box.value),
            suspectedFake: fake.checked,
            note: note.value
        };
        save.disabled = true;
        try {
            const response = await fetch('/api/chats/' + chatId + '/registration', {
                method: 'PUT', headers: {'Content-Type': 'application/json', Accept: 'application/json'},
                body: JSON.stringify(body)});
            const answer = await response.json().catch(() => ({}));
            const fields = answer.fields || {};
            showError(themeError, fields.themes);
            showError(outcomeError, fields.outcomes);
            if (response.ok) {
                registered = true;
                status.textContent = 'Geregistreerd.';
            } else {
                status.textContent = answer.message || 'Niet bewaard; probeer opnieuw.';
            }
        } catch (e) {
            status.textContent = 'Niet bewaard: geen verbinding. Probeer opnieuw.';
        } finally {
            save.disabled = false;
        }
    });

    let filled = false;
    box.addEventListener('toggle', () => {
        if (box.open && !filled) { filled = true; fill(); }
    });

    return {
        open() {
            box.open = true;
            if (!filled) { filled = true; fill(); }
        },
        registered: () => registered,
        focus: () => type.focus()
    };
}
