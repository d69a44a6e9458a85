package be.clbchat.domain.tool;

/** The four domains of CLB guidance a tool can serve. */
public enum ClbDomain {
    PGZ("Preventieve gezondheidszorg (PGZ)"),
    PSF("Psychisch en sociaal functioneren (PSF)"),
    LS("Leren en studeren (L&S)"),
    OLB("Onderwijsloopbaan (OLB)");

    private final String label;

    ClbDomain(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
