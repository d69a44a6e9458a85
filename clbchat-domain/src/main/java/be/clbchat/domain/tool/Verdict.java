package be.clbchat.domain.tool;

/** How well a tool meets one screening criterion. */
public enum Verdict {
    MET("voldaan"), PARTLY("deels"), NOT("niet voldaan");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
