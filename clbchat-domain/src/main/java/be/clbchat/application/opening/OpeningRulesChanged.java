package be.clbchat.application.opening;

/**
 * Fired when a line's opening rules or exceptions change ({@code line} null: the school calendar, all lines);
 * observed after commit to drop cached schedules.
 */
public record OpeningRulesChanged(String line) {
}
