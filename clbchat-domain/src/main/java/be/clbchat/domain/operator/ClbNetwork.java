package be.clbchat.domain.operator;

/** The four networks the 61 CLBs belong to. */
public enum ClbNetwork {
    GO("GO!"),
    OVSG("OVSG"),
    POV("POV"),
    VRIJ_CLB_NETWERK("Vrij CLB Netwerk");

    private final String label;

    ClbNetwork(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
