package be.clbchat.domain.chat;

/** Self-reported gender, optional; {@link #UNKNOWN} is "zeg ik liever niet". */
public enum Gender implements Coded {
    GIRL("girl"), BOY("boy"), OTHER("other"), UNKNOWN("unknown");

    private final String code;

    Gender(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
