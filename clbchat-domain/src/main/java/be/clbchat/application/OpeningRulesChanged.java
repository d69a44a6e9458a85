package be.clbchat.application;

/** Fired when a line's opening rules or exceptions change; observed after commit to drop cached schedules. */
public record OpeningRulesChanged(String line) {
}
