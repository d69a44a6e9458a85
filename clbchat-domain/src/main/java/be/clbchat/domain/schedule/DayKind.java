package be.clbchat.domain.schedule;

/** The kinds of opening day a shift template is written for. */
public enum DayKind {
    SCHOOL_DAY("schooldag"),
    HOLIDAY("vakantiedag");

    private final String label;

    DayKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
