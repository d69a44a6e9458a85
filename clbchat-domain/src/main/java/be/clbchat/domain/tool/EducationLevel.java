package be.clbchat.domain.tool;

/** Primary, secondary and special-needs education. */
public enum EducationLevel {
    BAO("Basisonderwijs"), SO("Secundair onderwijs"), BUO("Buitengewoon onderwijs");

    private final String label;

    EducationLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
