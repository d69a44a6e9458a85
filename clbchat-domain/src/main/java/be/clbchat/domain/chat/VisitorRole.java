package be.clbchat.domain.chat;

/** Who the visitor says they are. */
public enum VisitorRole implements Coded {
    PUPIL("pupil"), PARENT("parent");

    private final String code;

    VisitorRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
