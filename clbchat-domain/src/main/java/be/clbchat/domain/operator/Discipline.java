package be.clbchat.domain.operator;

/** An operator's profession. Doctors and nurses are the medical disciplines every block needs one of. */
public enum Discipline {
    ARTS("arts", true),
    VERPLEEGKUNDIGE("verpleegkundige", true),
    MAATSCHAPPELIJK_WERKER("maatschappelijk werker", false),
    PSYCHOLOOG_PEDAGOOG("psycholoog/pedagoog", false);

    private final String label;
    private final boolean medical;

    Discipline(String label, boolean medical) {
        this.label = label;
        this.medical = medical;
    }

    public String label() {
        return label;
    }

    public boolean medical() {
        return medical;
    }
}
