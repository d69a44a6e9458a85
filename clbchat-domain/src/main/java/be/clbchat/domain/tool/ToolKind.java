package be.clbchat.domain.tool;

/** A content tool the pupil works with, or a communication tool for talking with a counsellor. */
public enum ToolKind {
    CONTENT("Inhoud"), COMMUNICATION("Communicatie");

    private final String label;

    ToolKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
