// The line's status on the home page: "open until 21:00" or "closed, open again on ...", and this week's hours.
// It asks the API again at the moment the status changes, and every 10 minutes for ad-hoc changes.
// For previews and tests, ?tijdstip=2026-12-25T12:00:00+01:00 shows the page as it would be at that moment.
(function () {
    'use strict';
    var ZONE = 'Europe/Brussels';
    var REFRESH_MS = 10 * 60 * 1000;
    var box, line, preview, timer;

    var time = new Intl.DateTimeFormat('nl-BE', {timeZone: ZONE, hour: '2-digit', minute: '2-digit'});
    var dayAndDate = new Intl.DateTimeFormat('nl-BE', {timeZone: ZONE, weekday: 'long', day: 'numeric', month: 'long'});
    var isoDate = new Intl.DateTimeFormat('en-CA', {timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit'});

    function api(path) {
        return fetch('api/lines/' + encodeURIComponent(line) + path, {headers: {'Accept': 'application/json'}})
            .then(function (response) {
                if (!response.ok) { throw new Error('HTTP ' + response.status); }
                return response.json();
            });
    }

    function text(id, value) {
        var element = document.getElementById(id);
        element.textContent = value;
        element.hidden = !value;
    }

    function showStatus(status) {
        if (status.open) {
            text('status-nu', 'De chat is nu open, tot ' + time.format(new Date(status.closesAt)) + '.');
        } else if (status.nextOpening) {
            var next = new Date(status.nextOpening);
            text('status-nu', 'De chat is nu gesloten. We zijn weer open op ' + dayAndDate.format(next)
                + ' om ' + time.format(next) + '.');
        } else {
            text('status-nu', 'De chat is nu gesloten.');
        }
        text('status-reden', status.closedFor ? 'Vandaag gesloten: ' + status.closedFor + '.' : '');
        box.classList.toggle('is-open', status.open);
        var start = document.getElementById('start-gesprek');
        if (start) { start.hidden = !status.open; }
    }

    function mondayOf(moment) {
        var parts = isoDate.format(moment).split('-');
        var day = new Date(Date.UTC(+parts[0], +parts[1] - 1, +parts[2]));
        day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
        return day;
    }

    function showWeek(moment, intervals) {
        var list = document.getElementById('week-uren');
        list.textContent = '';
        var monday = mondayOf(moment);
        for (var i = 0; i < 7; i++) {
            var day = new Date(monday.getTime() + i * 86400000);
            var key = day.toISOString().slice(0, 10);
            var hours = intervals.filter(function (interval) {
                return isoDate.format(new Date(interval.start)) === key;
            }).map(function (interval) {
                return time.format(new Date(interval.start)) + ' – ' + time.format(new Date(interval.end));
            });
            var item = document.createElement('li');
            // Noon UTC is the same calendar day in Brussels.
            var label = dayAndDate.format(new Date(day.getTime() + 12 * 3600000));
            item.textContent = label + ': ' + (hours.length ? hours.join(', ') : 'gesloten');
            if (key === isoDate.format(moment)) {
                item.className = 'today';
                item.setAttribute('aria-current', 'date');
            }
            list.appendChild(item);
        }
    }

    function refresh() {
        clearTimeout(timer);
        var moment = preview ? new Date(preview) : new Date();
        var at = preview ? '?at=' + encodeURIComponent(preview) : '';
        var monday = mondayOf(moment);
        var sunday = new Date(monday.getTime() + 6 * 86400000);
        Promise.all([
            api('/status' + at),
            api('/opening-hours?from=' + monday.toISOString().slice(0, 10) + '&to=' + sunday.toISOString().slice(0, 10))
        ]).then(function (answers) {
            var status = answers[0];
            showStatus(status);
            showWeek(moment, answers[1].intervals);
            if (!preview) {
                var change = new Date(status.open ? status.closesAt : status.nextOpening || 0).getTime() - Date.now();
                var wait = change > 0 ? Math.min(change + 1000, REFRESH_MS) : REFRESH_MS;
                timer = setTimeout(refresh, wait);
            }
        }).catch(function () {
            text('status-nu', 'We konden niet nagaan of de chat open is. We proberen het zo opnieuw.');
            timer = setTimeout(refresh, 60000);
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        box = document.getElementById('lijn-status');
        if (!box) { return; }
        line = box.getAttribute('data-line');
        preview = new URLSearchParams(window.location.search).get('tijdstip');
        // A '+' of an offset arrives as a space when it was not encoded.
        preview = preview && preview.replace(' ', '+');
        refresh();
    });
})();
