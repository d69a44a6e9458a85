package be.clbchat.domain.chat;

import java.util.Objects;

/**
 * A chat rule that refuses what was asked, with a stable code for programs (the protocol's error codes) and a Dutch
 * sentence for people. Nothing has changed when it is thrown.
 */
public class ChatRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public ChatRefusal(String code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    public String code() {
        return code;
    }
}
