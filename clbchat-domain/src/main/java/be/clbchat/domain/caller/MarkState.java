package be.clbchat.domain.caller;

/** Where an operator's "vermoedelijke nepoproep" is in the coordinators' review. */
public enum MarkState {
    PENDING("te beoordelen"),
    ACCEPTED("aanvaard"),
    REJECTED("afgewezen");

    private final String label;

    MarkState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
