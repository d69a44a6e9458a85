// Canned texts in the console: a button beside the message box (or "/" typed in an empty box) opens a search; Enter
// puts the first match in the message box, or Tab to the one wanted and Enter. The text stays editable before sending.
import {el} from './dom.js';
let loaded = null;

/** The active canned texts, read once per page: [{id, title, body, tags}]. */
export function loadCannedTexts(fetcher = fetch) {
    if (!loaded) {
        loaded = fetcher('/api/canned-texts', {headers: {Accept: 'application/json'}})
            .then((response) => (response.ok ? response.json() : []))
            .catch(() => { loaded = null; return []; });
    }
    return loaded;
}

/** The texts with every word of {@code query} in their title, text or tags; all for an empty query. */
export function matching(texts, query) {
    const words = (query || '').toLowerCase().split(/\s+/).filter(Boolean);
    return texts.filter((text) => {
        const haystack = (text.title + ' ' + text.body + ' ' + (text.tags || []).join(' ')).toLowerCase();
        return words.every((word) => haystack.includes(word));
    });
}

/** What the message box holds after inserting {@code body}: a leading "/" (the shortcut) goes, the rest stays. */
export function inserted(current, body) {
    const kept = (current || '').replace(/^\/\s*$/, '').replace(/\s+$/, '');
    return kept ? kept + ' ' + body : body;
}

export function attachCannedTexts(actions, input, prefix) {
    const button = el('button', 'button secondary canned-open', 'Standaardtekst',
        {type: 'button', 'aria-expanded': 'false', 'aria-controls': prefix + '-canned'});
    actions.insertBefore(button, actions.firstChild ? actions.firstChild.nextSibling : null);
    const panel = el('div', 'canned', '', {id: prefix + '-canned', hidden: 'hidden'});
    actions.after(panel);
    panel.appendChild(el('label', 'input-label', 'Zoek een standaardtekst', {'for': prefix + '-canned-q'}));
    const search = panel.appendChild(el('input', 'canned-search', '', {id: prefix + '-canned-q', type: 'search',
        autocomplete: 'off', 'aria-describedby': prefix + '-canned-hint'}));
    panel.appendChild(el('p', 'hint', 'Enter zet de eerste in je bericht; Esc sluit.', {id: prefix + '-canned-hint'}));
    const list = panel.appendChild(el('ul', 'canned-list', '', {'aria-label': 'Standaardteksten'}));
    let texts = [];
    let shown = [];

    function render() {
        shown = matching(texts, search.value);
        list.textContent = '';
        if (!shown.length) {
            list.appendChild(el('li', 'hint', 'Geen standaardtekst gevonden.'));
        }
        shown.forEach((text) => {
            const item = list.appendChild(el('li'));
            const choose = item.appendChild(el('button', 'canned-choice', '', {type: 'button'}));
            choose.appendChild(el('strong', '', text.title));
            choose.appendChild(el('span', 'canned-body', text.body));
            choose.addEventListener('click', () => insert(text));
        });
    }

    function insert(text) {
        input.value = inserted(input.value, text.body);
        close();
        input.focus();
        input.setSelectionRange(input.value.length, input.value.length);
        input.dispatchEvent(new Event('input'));
    }

    async function open() {
        panel.hidden = false;
        button.setAttribute('aria-expanded', 'true');
        search.value = '';
        texts = await loadCannedTexts();
        render();
        search.focus();
    }

    function close() {
        panel.hidden = true;
        button.setAttribute('aria-expanded', 'false');
    }

    button.addEventListener('click', () => (panel.hidden ? open() : close()));
    search.addEventListener('input', render);
    search.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') {
            event.preventDefault();
            if (shown.length) { insert(shown[0]); }
        } else if (event.key === 'Escape') {
            close();
            input.focus();
        }
    });
    panel.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') { close(); input.focus(); }
    });
    input.addEventListener('input', () => {
        if (input.value === '/' && panel.hidden) { open(); }
    });
    return {open, close};
}
