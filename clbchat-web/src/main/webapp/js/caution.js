// What the operator reads when a chat's visitor was marked as a probable fake call before (the visitor sees nothing).

const DAY = new Intl.DateTimeFormat('nl-BE', {timeZone: 'Europe/Brussels', day: 'numeric', month: 'long'});

/** The notice for a chat's `caution` ({times, notes, until}), or '' when there is none. */
export function cautionText(caution) {
    if (!caution || !caution.times) { return ''; }
    const times = caution.times === 1 ? 'één keer' : caution.times + ' keer';
    const notes = (caution.notes || []).filter((note) => note && note.trim());
    const until = new Date(caution.until);
    return 'Eerder ' + times + ' als mogelijke nepoproep gemarkeerd'
        + (notes.length ? ': ' + notes.map((note) => '“' + note.trim() + '”').join(' · ') : '') + '.'
        + (isNaN(until) ? '' : ' Geldt tot ' + DAY.format(until) + '.')
        + ' Blijf vriendelijk; alleen jij ziet dit, de bezoeker niet.';
}
