package be.clbchat.domain.chat;

/** Who the visitor says they are. */
public enum VisitorRole implements Coded {
    PUPIL("pupil", "leerlingen"), PARENT("parent", "ouders"), TEACHER("teacher", "leerkrachten");

    private final String code;
    private final String plural;

    VisitorRole(String code, String plural) {
        this.code = code;
        this.plural = plural;
    }

    /** "leerlingen", "ouders", "leerkrachten": for "Deze chat is voor ...". */
    public String dutchPlural() {
        return plural;
    }

    @Override
    public String code() {
        return code;
    }
}
