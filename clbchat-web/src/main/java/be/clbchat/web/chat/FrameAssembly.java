package be.clbchat.web.chat;

import jakarta.websocket.CloseReason;
import java.util.function.Consumer;

/**
 * The parts of one text message as they arrive (a client may split a message into WebSocket fragments): the limit of
 * {@link Limits#MAX_FRAME_CHARS} holds for the whole message, and a message that passes it is never gathered — the
 * socket is closed as for one frame that is too big. Not thread-safe: a socket's messages arrive one at a time.
 */
final class FrameAssembly {

    private final StringBuilder parts = new StringBuilder();

    /**
     * Hands the whole message to {@code frame} once its last part came; a message over the limit closes the socket
     * as one frame that is too big (1009).
     */
    void accept(String part, boolean last, Connection connection, Consumer<String> frame) {
        String whole;
        try {
            whole = add(part, last);
        } catch (TooBig tooBig) {
            connection.close(CloseReason.CloseCodes.TOO_BIG, "bericht te groot");
            return;
        }
        if (whole != null) {
            frame.accept(whole);
        }
    }

    /** The whole message once its last part came, or null while more is to come. */
    String add(String part, boolean last) throws TooBig {
        if (parts.length() + part.length() > Limits.MAX_FRAME_CHARS) {
            parts.setLength(0);
            throw new TooBig();
        }
        if (last && parts.isEmpty()) {
            return part; // the usual case: one frame, nothing copied
        }
        parts.append(part);
        if (!last) {
            return null;
        }
        String whole = parts.toString();
        parts.setLength(0);
        return whole;
    }

    /** A message over the limit: the socket is closed (1009). */
    static final class TooBig extends Exception {
        private static final long serialVersionUID = 1L;

        TooBig() {
            super("message over " + Limits.MAX_FRAME_CHARS + " characters", null, false, false);
        }
    }
}
