package be.clbchat.domain.schedule;

import be.clbchat.domain.Refusal;

/**
 * How many operators a block wants and whether one of them must be medical.
 *
 * @param min          below this the block is short
 * @param max          nobody signs up beyond this
 * @param needsMedical at least one doctor or nurse
 */
public record StaffingNeed(int min, int max, boolean needsMedical) {

    public static final int LIMIT = 50;
    /** What the coordination team aims for: four to six online at once, one of them medical. */
    public static final StaffingNeed DEFAULT = new StaffingNeed(4, 6, true);

    public StaffingNeed {
        if (min < 1) {
            throw Refusal.invalid("invalid-minimum", "Een blok heeft minstens 1 operator nodig.");
        }
        if (max > LIMIT) {
            throw Refusal.invalid("invalid-maximum", "Een blok heeft hoogstens " + LIMIT + " operatoren.");
        }
        if (min > max) {
            throw Refusal.invalid("min-above-max",
                    "Het minimum (" + min + ") is groter dan het maximum (" + max + ").");
        }
    }
}
