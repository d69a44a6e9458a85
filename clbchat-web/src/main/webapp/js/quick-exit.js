// "Snel weg": leave for a neutral site at once, in place of this page in the back-button history.
// And while on the site, every link replaces the page instead of adding one, so that Back after "Snel weg" leads to
// the page before CLBch@t rather than through it. (The browser's history list and other tabs are not ours to clear:
// the privacy text says so.)
document.addEventListener('DOMContentLoaded', function () {
    document.addEventListener('click', function (event) {
        if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey
            || event.altKey) {
            return;
        }
        var link = event.target.closest && event.target.closest('a[href]');
        if (!link || (link.target && link.target !== '_self') || link.hasAttribute('download')) { return; }
        var href = link.getAttribute('href');
        if (href.charAt(0) === '#' || /^(tel|mailto):/i.test(href)) { return; }
        var url = new URL(link.href, location.href);
        if (link.hasAttribute('data-quick-exit') || url.origin === location.origin) {
            event.preventDefault();
            window.location.replace(url.href);
        }
    });
});
