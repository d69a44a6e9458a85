// The "hulpmiddelen" pages: the catalogue with its filters (hulpmiddelen/index.html) and one tool with its
// screening (hulpmiddelen/hulpmiddel.html?id=N). Tool data only ever goes in with textContent and setAttribute.
// The catalogue keeps its filters in the address (?list=pupils&domain=PSF…), so a view can be shared and reloaded.
(function () {
    'use strict';
    var API = '../api/tools';
    var FILTERS = ['list', 'domain', 'level', 'age', 'kind', 'q'];

    var DOMAINS = {
        PGZ: 'Preventieve gezondheidszorg (PGZ)',
        PSF: 'Psychisch en sociaal functioneren (PSF)',
        LS: 'Leren en studeren (L&S)',
        OLB: 'Onderwijsloopbaan (OLB)'
    };
    var LEVELS = {BAO: 'Basisonderwijs', SO: 'Secundair onderwijs', BUO: 'Buitengewoon onderwijs'};
    var KINDS = {content: 'Inhoud (zelf aan de slag)', communication: 'Communicatie (met een hulpverlener)'};
    var LISTS = {staff: 'Voor CLB-medewerkers', pupils: 'Voor leerlingen'};
    var VERDICTS = {met: 'voldaan', partly: 'deels', not: 'niet voldaan'};

    var longDate = new Intl.DateTimeFormat('nl-BE', {timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric'});

    // --- helpers shared by both pages ---

    function labels(codes, names) {
        return (codes || []).map(function (code) { return names[code] || code; }).join(', ');
    }

    function ageRange(min, max) {
        var hasMin = typeof min === 'number', hasMax = typeof max === 'number';
        if (hasMin && hasMax) { return min + '-' + max + ' jaar'; }
        if (hasMin) { return 'vanaf ' + min + ' jaar'; }
        if (hasMax) { return 'tot ' + max + ' jaar'; }
        return '';
    }

    function costText(cost) {
        if (!cost) { return ''; }
        var base = cost.free === true ? 'Gratis' : cost.free === false ? 'Betalend' : '';
        if (cost.note) { return base ? base + ': ' + cost.note : cost.note; }
        return base;
    }

    // "2024-03-01" → "1 maart 2024"; anything else → ''.
    function formatDate(iso) {
        var parts = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
        if (!parts) { return ''; }
        return longDate.format(new Date(Date.UTC(+parts[1], +parts[2] - 1, +parts[3])));
    }

    function isWebAddress(url) {
        return typeof url === 'string' && /^https?:\/\//i.test(url);
    }

    function element(tag, className, text) {
        var node = document.createElement(tag);
        if (className) { node.className = className; }
        if (text) { node.textContent = text; }
        return node;
    }

    // Resolves with {status, body}; body is null when the answer is not JSON.
    function getJson(url) {
        return fetch(url, {headers: {'Accept': 'application/json'}}).then(function (response) {
            return response.json().catch(function () { return null; }).then(function (body) {
                return {status: response.status, body: body};
            });
        });
    }

    // --- the catalogue ---

    function catalogue(form) {
        var list = document.getElementById('tools');
        var count = document.getElementById('tool-count');
        var error = document.getElementById('filter-error');
        var csv = document.getElementById('csv-link');
        var age = form.elements.age;
        var request = 0;

        function countText(n) {
            if (n === 0) { return 'Geen hulpmiddelen gevonden met deze filters.'; }
            return n === 1 ? '1 hulpmiddel gevonden' : n + ' hulpmiddelen gevonden';
        }

        function formQuery() {
            var query = new URLSearchParams();
            FILTERS.forEach(function (name) {
                var value = String(form.elements[name].value || '').trim();
                if (value) { query.set(name, value); }
            });
            return query;
        }

        function fillForm(query) {
            FILTERS.forEach(function (name) {
                var field = form.elements[name];
                var value = query.get(name);
                field.value = value === null ? '' : value;
                if (field.tagName === 'SELECT' && field.selectedIndex < 0) { field.selectedIndex = 0; }
            });
        }

        function markLists(query) {
            ['pupils', 'staff'].forEach(function (name) {
                var link = document.getElementById('list-link-' + name);
                if (!link) { return; }
                if (query.get('list') === name) {
                    link.setAttribute('aria-current', 'true');
                } else {
                    link.removeAttribute('aria-current');
                }
            });
        }

        function showError(message, field) {
            error.textContent = message;
            if (field) {
                field.setAttribute('aria-invalid', 'true');
                field.focus();
            }
        }

        function renderTool(tool) {
            var item = element('li', 'tool');
            item.setAttribute('data-tool-id', String(tool.id));

            var heading = element('h3', 'tool-name');
            var link = element('a', 'tool-link', tool.name);
            link.setAttribute('href', 'hulpmiddel.html?id=' + encodeURIComponent(tool.id));
            heading.appendChild(link);
            item.appendChild(heading);

            var badges = element('p', 'badges');
            if (tool.inThePicture) { badges.appendChild(element('span', 'badge badge-featured', 'In de kijker')); }
            if (tool.cost && tool.cost.free === true) { badges.appendChild(element('span', 'badge', 'Gratis')); }
            if (tool.cost && tool.cost.free === false) { badges.appendChild(element('span', 'badge', 'Betalend')); }
            if (badges.childNodes.length) { item.appendChild(badges); }

            if (tool.description) { item.appendChild(element('p', 'tool-description', tool.description)); }

            var facts = element('dl', 'facts facts-compact');
            [
                ['Domeinen', labels(tool.domains, DOMAINS), 'tool-domains'],
                ['Onderwijs', labels(tool.levels, LEVELS), 'tool-levels'],
                ['Leeftijd', ageRange(tool.ageMin, tool.ageMax), 'tool-age'],
                ['Soort', KINDS[tool.kind] || tool.kind || '', 'tool-kind'],
                ['Lijsten', labels(tool.lists, LISTS), 'tool-lists'],
                ['Organisatie', tool.organisation || '', 'tool-organisation']
            ].forEach(function (fact) {
                if (!fact[1]) { return; }
                var row = element('div', 'fact');
                row.appendChild(element('dt', '', fact[0]));
                row.appendChild(element('dd', fact[2], fact[1]));
                facts.appendChild(row);
            });
            item.appendChild(facts);
            return item;
        }

        function show(query) {
            var mine = ++request;
            var search = query.toString();
            error.textContent = '';
            age.removeAttribute('aria-invalid');
            count.textContent = '';  // so the same count is announced again
            list.setAttribute('aria-busy', 'true');
            csv.setAttribute('href', API + '.csv' + (search ? '?' + search : ''));
            markLists(query);
            getJson(API + (search ? '?' + search : '')).then(function (answer) {
                if (mine !== request) { return; }
                list.textContent = '';
                if (answer.status === 200 && answer.body && Array.isArray(answer.body.tools)) {
                    answer.body.tools.forEach(function (tool) { list.appendChild(renderTool(tool)); });
                    var n = typeof answer.body.count === 'number' ? answer.body.count : answer.body.tools.length;
                    count.textContent = countText(n);
                    list.hidden = n === 0;
                    csv.hidden = false;
                } else if (answer.status === 400 && answer.body && answer.body.message) {
                    showError(answer.body.message);
                    csv.hidden = true;
                } else {
                    throw new Error('HTTP ' + answer.status);
                }
            }).catch(function () {
                if (mine !== request) { return; }
                list.textContent = '';
                showError('We konden de hulpmiddelen niet ophalen. Probeer het later opnieuw.');
            }).then(function () {
                if (mine === request) { list.removeAttribute('aria-busy'); }
            });
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            // A number field that holds no number gives '' as its value: say so instead of ignoring it.
            var value = age.value;
            if (age.validity.badInput || (value && !(/^\d+$/.test(value) && +value >= 3 && +value <= 99))) {
                showError('Vul bij leeftijd een getal van 3 tot 99 in.', age);
                return;
            }
            var query = formQuery();
            var search = query.toString();
            history.replaceState(null, '', search ? '?' + search : window.location.pathname);
            show(query);
        });

        // The first view follows the address as it is, so a bad value there gets the server's explanation.
        var initial = new URLSearchParams(window.location.search);
        var query = new URLSearchParams();
        FILTERS.forEach(function (name) {
            var value = initial.get(name);
            if (value !== null && value.trim()) { query.set(name, value.trim()); }
        });
        fillForm(query);
        show(query);
        describeCatalogue();
    }

    /**
     * What the catalogue holds, said truthfully: how many tools were screened, and the pupils' list only when it has
     * tools (an empty list offered first helps nobody).
     */
    function describeCatalogue() {
        getJson(API).then(function (answer) {
            if (answer.status !== 200 || !answer.body || !Array.isArray(answer.body.tools)) { return; }
            var tools = answer.body.tools;
            var screened = tools.filter(function (tool) { return !!tool.lastScreenedOn; }).length;
            var forPupils = tools.filter(function (tool) { return (tool.lists || []).indexOf('pupils') >= 0; }).length;
            var note = document.getElementById('screened-note');
            note.textContent = screened === 0
                ? 'Nog geen enkel hulpmiddel hieronder is beoordeeld: CLB-medewerkers doen dat stap voor stap. Tot dan zie je wat elk hulpmiddel doet, maar nog geen score.'
                : screened + ' van de ' + tools.length + ' hulpmiddelen zijn al beoordeeld. Bij de andere staat "nog niet beoordeeld".';
            if (forPupils === 0) {
                document.getElementById('list-link-pupils').hidden = true;
                var option = document.querySelector('#filter-list option[value="pupils"]');
                if (option) { option.hidden = true; option.disabled = true; }
            }
        });
    }

    // --- one tool ---

    function toolPage(heading) {
        var box = document.getElementById('tool');
        var error = document.getElementById('tool-error');

        function fact(name, value) {
            document.getElementById('tool-' + name).textContent = value || '';
            document.getElementById('fact-' + name).hidden = !value;
        }

        function fail(title, message) {
            heading.textContent = title;
            document.title = title + ' – CLBch@t';
            error.textContent = message;
            box.hidden = true;
        }

        function renderScreening(tool) {
            var screening = tool.screening || {};
            var on = formatDate(screening.screenedOn || tool.lastScreenedOn);
            var last = document.getElementById('last-screened');
            if (!on) {
                last.textContent = 'Nog niet beoordeeld.';
            } else {
                last.textContent = 'Laatst gescreend op ' + on
                    + (screening.screenedBy ? ' door ' + screening.screenedBy : '');
            }
            var criteria = document.getElementById('criteria');
            criteria.textContent = '';
            (screening.criteria || []).forEach(function (item) {
                var verdict = VERDICTS[item.verdict] || 'niet beoordeeld';
                var row = element('li', 'criterion verdict-' + (VERDICTS[item.verdict] ? item.verdict : 'none'));
                if (item.criterion) { row.setAttribute('data-criterion', item.criterion); }
                var line = element('p', 'criterion-line');
                line.appendChild(element('span', 'criterion-label', (item.label || item.criterion || '') + ': '));
                line.appendChild(element('strong', 'verdict', verdict));
                row.appendChild(line);
                if (item.note) { row.appendChild(element('p', 'criterion-note', item.note)); }
                criteria.appendChild(row);
            });
        }

        function render(tool) {
            heading.textContent = tool.name;
            document.title = tool.name + ' – Hulpmiddelen – CLBch@t';
            document.getElementById('tool-featured').hidden = !tool.inThePicture;
            var description = document.getElementById('tool-description');
            description.textContent = tool.description || '';
            description.hidden = !tool.description;

            var url = document.getElementById('tool-url');
            url.textContent = tool.url || '';
            if (isWebAddress(tool.url)) {
                url.setAttribute('href', tool.url);
            } else {
                url.removeAttribute('href');
            }
            document.getElementById('fact-url').hidden = !tool.url;

            fact('organisation', tool.organisation);
            fact('domains', labels(tool.domains, DOMAINS));
            fact('levels', labels(tool.levels, LEVELS));
            fact('age', ageRange(tool.ageMin, tool.ageMax));
            fact('kind', KINDS[tool.kind] || tool.kind);
            fact('cost', costText(tool.cost));
            fact('lists', labels(tool.lists, LISTS));
            fact('evidence', tool.evidence);
            renderScreening(tool);
            box.hidden = false;
        }

        // Back to the catalogue as the visitor left it, filters and all.
        var back = document.getElementById('back-link');
        try {
            var from = new URL(document.referrer);
            if (from.origin === window.location.origin && /\/hulpmiddelen\/(index\.html)?$/.test(from.pathname)) {
                back.setAttribute('href', from.pathname + from.search);
            }
        } catch (ignored) { /* no referrer */ }

        var id = new URLSearchParams(window.location.search).get('id');
        if (!id || !/^\d+$/.test(id)) {
            fail('Hulpmiddel niet gevonden', 'Dit hulpmiddel bestaat niet (meer).');
            return;
        }
        getJson(API + '/' + encodeURIComponent(id)).then(function (answer) {
            if (answer.status === 200 && answer.body && answer.body.name) {
                render(answer.body);
            } else if (answer.status === 404 || answer.status === 400) {
                fail('Hulpmiddel niet gevonden', 'Dit hulpmiddel bestaat niet (meer).');
            } else {
                throw new Error('HTTP ' + answer.status);
            }
        }).catch(function () {
            fail('Hulpmiddel', 'We konden dit hulpmiddel niet ophalen. Probeer het later opnieuw.');
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        var form = document.getElementById('filters');
        if (form) { catalogue(form); }
        var heading = document.getElementById('tool-name');
        if (heading) { toolPage(heading); }
    });
})();
