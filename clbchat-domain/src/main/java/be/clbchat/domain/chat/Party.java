package be.clbchat.domain.chat;

/** Who did something in a chat: the visitor, the operator, or the system (e.g. after the grace period). */
public enum Party implements Coded {
    VISITOR("visitor"), OPERATOR("operator"), SYSTEM("system");

    private final String code;

    Party(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
