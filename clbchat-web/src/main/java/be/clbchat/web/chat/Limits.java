package be.clbchat.web.chat;

import be.clbchat.domain.chat.MessageRate;
import java.util.concurrent.TimeUnit;

/** Limits shared by both chat endpoints. */
final class Limits {

    /** A connection with no frame for this long is closed; clients ping every 20 s (a background tab
     * much less often), so only dead ones are. */
    static final long IDLE_TIMEOUT_MS = TimeUnit.SECONDS.toMillis(120);
    /**
     * Well above 2,000 characters of message text with JSON escapes; a bigger message closes the socket (1009), also
     * when it comes in fragments ({@link FrameAssembly}).
     */
    static final int MAX_FRAME_CHARS = 64 * 1024;
    /** Binary messages are not part of the protocol: each is answered with an error frame, none is gathered. */
    static final int MAX_BINARY_BYTES = 4 * 1024;
    /** "Is typing" is passed on at most once a second per connection. */
    static final long TYPING_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);

    /** Every frame, whatever its type, counts against a burst of 30, then 5 a second (messages also have their own). */
    static MessageRate frameRate(long nowNanos) {
        return new MessageRate(30, 5, 30, nowNanos);
    }

    private Limits() {
    }
}
