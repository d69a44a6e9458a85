package be.clbchat.web.chat;

import be.clbchat.domain.chat.ChatRefusal;

/**
 * A frame the endpoint cannot use (not JSON, unknown type, a missing or wrong field): refused like any chat rule,
 * answered with an error frame; the socket stays open.
 */
public class FrameProblem extends ChatRefusal {

    private static final long serialVersionUID = 1L;

    public FrameProblem(String code, String message) {
        super(code, message);
    }
}
