package be.clbchat.domain.schedule;

/**
 * How well a block is staffed, as the coordinator's calendar shows it.
 *
 * @param filled  operators on it
 * @param medical how many of them are doctors or nurses
 * @param flagged the opening hours no longer cover it
 */
public record Coverage(int filled, int medical, StaffingNeed need, boolean flagged) {

    public enum State {
        FLAGGED("buiten de openingsuren"),
        SHORT("tekort"),
        NO_MEDICAL("geen arts of verpleegkundige"),
        FULL("volzet"),
        OK("in orde");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The most pressing thing about the block: being outside the opening, then short, then without a medic. */
    public State state() {
        if (flagged) {
            return State.FLAGGED;
        }
        if (filled < need.min()) {
            return State.SHORT;
        }
        if (!medicalOk()) {
            return State.NO_MEDICAL;
        }
        return filled >= need.max() ? State.FULL : State.OK;
    }

    public boolean medicalOk() {
        return !need.needsMedical() || medical > 0;
    }

    /** Operators still needed to reach the minimum. */
    public int missing() {
        return Math.max(0, need.min() - filled);
    }

    public int freePlaces() {
        return Math.max(0, need.max() - filled);
    }

    public boolean needsAttention() {
        return state() == State.FLAGGED || state() == State.SHORT || state() == State.NO_MEDICAL;
    }

    /** "3/4 · medisch ✓": filled against the minimum, and whether a medic is on it. */
    public String summary() {
        String text = filled + "/" + need.min() + (need.max() > need.min() ? " (max " + need.max() + ")" : "");
        if (need.needsMedical()) {
            text += medical > 0 ? " · medisch ✓" : " · geen medisch";
        }
        return text;
    }
}
