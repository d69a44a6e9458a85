package be.clbchat.web.chat;

import java.util.Objects;

/** A frame the endpoint cannot use, answered with an error frame; the socket stays open. */
public class FrameProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public FrameProblem(String code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    public String code() {
        return code;
    }
}
