// "Snel weg": leave for a neutral site at once and take this page out of the back-button history.
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-quick-exit]').forEach(function (link) {
        link.addEventListener('click', function (event) {
            event.preventDefault();
            window.location.replace(link.href);
        });
    });
});
