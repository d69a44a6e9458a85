// The note after a chat with a request for support, and closing the request: on the live board (the supporter) and
// under "Mijn feedback" (the operator). All text is set as text, never as HTML.
import { el } from './dom.js';
import { call } from './staff-api.js';

/**
 * A form with the caller's note on request {@code id} (starting from {@code note}), "Bewaar notitie" and "Sluit af";
 * closing saves a changed note first. {@code tell(text, failed)} says how it went; {@code closed()} runs once the
 * request is closed.
 */
export function supportNotesForm({ id, note, label, className, tell, closed }) {
    const form = el('form', className);
    const field = 'support-note-' + id;
    form.appendChild(el('label', '', label, { for: field }));
    const text = form.appendChild(el('textarea', '', '', { id: field, rows: '3', maxlength: '2000' }));
    text.value = note || '';
    const actions = form.appendChild(el('p', 'support-actions'));
    const save = actions.appendChild(el('button', 'button', 'Bewaar notitie', { type: 'submit' }));
    const close = actions.appendChild(el('button', 'button primary', 'Sluit af', { type: 'button' }));
    const saveNote = () => call('PUT', '../api/support/' + id + '/note', { text: text.value });
    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        save.disabled = true;
        try {
            await saveNote();
            tell('Je notitie is bewaard.', false);
        } catch (problem) {
            tell(problem.message, true);
        } finally {
            save.disabled = false;
        }
    });
    close.addEventListener('click', async () => {
        close.disabled = true;
        try {
            if (text.value.trim() !== (note || '')) { await saveNote(); }
            await call('POST', '../api/support/' + id + '/close');
            tell('De ondersteuning is afgesloten.', false);
            await closed();
        } catch (problem) {
            tell(problem.message, true);
            close.disabled = false;
        }
    });
    return form;
}
