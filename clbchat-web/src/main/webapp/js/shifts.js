// The operator's shifts: sign up, withdraw, calendar address. All text is set as text, never as HTML.
import { call } from './staff-api.js';

const api = '../api/shifts';
const $ = (id) => document.getElementById(id);
const dayFormat = new Intl.DateTimeFormat('nl-BE', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'Europe/Brussels' });
const hourFormat = new Intl.DateTimeFormat('nl-BE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Brussels' });
const states = { short: 'tekort', no_medical: 'nog geen arts of verpleegkundige', ok: 'in orde', full: 'volzet',
    flagged: 'valt buiten de openingsuren' };

function announce(text) { $('shifts-status').textContent = text; }
function showError(text) {
    const box = $('shifts-error');
    box.textContent = text;
    box.hidden = !text;
}

function when(block) {
    return hourFormat.format(new Date(block.start)) + '–' + hourFormat.format(new Date(block.end));
}

function staffing(block) {
    let text = block.filled + ' van ' + block.min + ' nodig (max ' + block.max + ')';
    if (block.needsMedical) { text += block.medicalOk ? ', arts/verpleegkundige aanwezig' : ', nog geen arts/verpleegkundige'; }
    return text + ' – ' + (states[block.state] || block.state);
}

function actionButton(block) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    const label = dayFormat.format(new Date(block.start)) + ' ' + when(block);
    if (block.canWithdraw) {
        button.textContent = 'Uitschrijven';
        button.setAttribute('aria-label', 'Uitschrijven voor ' + label);
        button.addEventListener('click', () => change(button, 'DELETE', block, 'Je bent uitgeschreven voor ' + label + '.'));
    } else if (block.canSignUp) {
        button.textContent = 'Inschrijven';
        button.setAttribute('aria-label', 'Inschrijven voor ' + label);
        button.addEventListener('click', () => change(button, 'POST', block, 'Je bent ingeschreven voor ' + label + '.'));
    } else {
        return null;
    }
    return button;
}

// One request per click (a double click would otherwise read as a second sign-up); afterwards the keyboard
// stays on the same block, whose list is drawn anew.
async function change(button, method, block, done) {
    if (button.disabled) { return; }
    button.disabled = true;
    const inOpenList = button.closest('#days') !== null;
    showError('');
    try {
        await call(method, api + '/' + block.id + '/sign-up');
        announce(done);
    } catch (error) {
        showError(error.message);
    }
    await load();
    const again = document.querySelector((inOpenList ? '#days' : '#mine') + ' li[data-block="' + block.id + '"] button')
        || document.querySelector('#days li[data-block="' + block.id + '"] button');
    if (again) {
        again.focus();
    } else {
        $('open-heading').setAttribute('tabindex', '-1');
        $('open-heading').focus();
    }
}

function item(block, withDay) {
    const li = document.createElement('li');
    li.className = 'shift-item shift-' + block.state + (block.mine ? ' shift-mine' : '');
    li.dataset.block = block.id;
    const title = document.createElement('strong');
    title.textContent = (withDay ? dayFormat.format(new Date(block.start)) + ', ' : '') + when(block);
    const info = document.createElement('span');
    info.className = 'shift-info';
    info.textContent = (block.mine ? 'Jij staat erop. ' : '') + staffing(block);
    li.append(title, ' ', info);
    const button = actionButton(block);
    if (button) {
        li.append(' ', button);
    } else if (block.why) {
        // No button: say why, so that an operator is not left looking for one.
        const why = document.createElement('span');
        why.className = 'shift-why';
        why.textContent = block.why;
        li.append(' ', why);
    }
    return li;
}

function render(view) {
    $('cutoff').textContent = 'Inschrijven en uitschrijven kan tot ' + view.cutoffHours
        + ' uur voor het begin van een blok; daarna via de coördinatie.';
    const mine = view.blocks.filter((b) => b.mine);
    $('mine').replaceChildren(...mine.map((b) => item(b, true)));
    $('mine-empty').hidden = mine.length > 0;
    const days = new Map();
    for (const block of view.blocks) {
        const day = dayFormat.format(new Date(block.start));
        if (!days.has(day)) { days.set(day, []); }
        days.get(day).push(block);
    }
    const sections = [];
    for (const [day, blocks] of days) {
        const heading = document.createElement('h3');
        heading.textContent = day;
        const list = document.createElement('ul');
        list.className = 'shift-list';
        list.append(...blocks.map((b) => item(b, false)));
        sections.push(heading, list);
    }
    if (sections.length === 0) {
        const none = document.createElement('p');
        none.className = 'hint';
        none.textContent = 'Er zijn nog geen blokken gepland.';
        sections.push(none);
    }
    $('days').replaceChildren(...sections);
    $('calendar-revoke').hidden = !view.calendar;
    $('calendar-new').textContent = view.calendar ? 'Maak een nieuw agenda-adres' : 'Maak een agenda-adres';
}

async function load() {
    try {
        render(await call('GET', api));
    } catch (error) {
        showError(error.message);
    }
}

$('calendar-new').addEventListener('click', async () => {
    showError('');
    try {
        const link = await call('POST', api + '/calendar');
        $('calendar-link').value = link.url;
        // webcal: opens the agenda app of a phone or laptop with the subscription ready to confirm.
        $('calendar-subscribe').href = link.url.replace(/^https?:/, 'webcal:');
        $('calendar-link-box').hidden = false;
        $('calendar-link').focus();
        $('calendar-link').select();
        announce('Je nieuwe agenda-adres staat klaar; kopieer het naar je agenda-app.');
    } catch (error) {
        showError(error.message);
    }
    await load();
});
$('calendar-copy').addEventListener('click', async () => {
    const field = $('calendar-link');
    try {
        await navigator.clipboard.writeText(field.value);
        const button = $('calendar-copy');
        button.textContent = 'Gekopieerd ✓';
        setTimeout(() => { button.textContent = 'Kopieer het adres'; }, 3000);
        announce('Gekopieerd. Plak het adres in je agenda-app bij "agenda toevoegen via URL".');
    } catch (e) {
        // No clipboard (an http page, an old browser): the address is selected, ready for Ctrl+C.
        field.focus();
        field.select();
        announce('Kopiëren lukte niet vanzelf: het adres is geselecteerd, kopieer het met Ctrl+C.');
    }
});
$('calendar-revoke').addEventListener('click', async () => {
    showError('');
    try {
        await call('DELETE', api + '/calendar');
        $('calendar-link-box').hidden = true;
        $('calendar-link').value = '';
        announce('Je agenda-adres is ingetrokken; het werkt niet meer.');
    } catch (error) {
        showError(error.message);
    }
    await load();
});
load();
