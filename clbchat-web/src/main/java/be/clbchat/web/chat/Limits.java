package be.clbchat.web.chat;

import java.util.concurrent.TimeUnit;

/** Limits shared by both chat endpoints. */
final class Limits {

    /** A connection with no frame for this long is closed; clients ping every 20 s (a background tab
     * much less often), so only dead ones are. */
    static final long IDLE_TIMEOUT_MS = TimeUnit.SECONDS.toMillis(120);
    /** Well above 2,000 characters of message text with JSON escapes; bigger frames close the socket (1009). */
    static final int MAX_FRAME_CHARS = 64 * 1024;
    /** "Is typing" is passed on at most once a second per connection. */
    static final long TYPING_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private Limits() {
    }
}
