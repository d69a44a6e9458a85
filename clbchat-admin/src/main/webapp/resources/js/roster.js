'use strict';
// The roster calendar (p:schedule extender): blocks can be reached with Tab and opened with Enter, as with a click.
window.clbchatRosterCalendar = function () {
    this.cfg.options.eventInteractive = true;
};
