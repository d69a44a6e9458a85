package be.clbchat.domain.quality;

import java.time.Duration;

/**
 * A transcript past its retention period is kept while its chat waits for a chatscan review, its fake-call mark
 * for a decision or its support case to be closed — but never longer than {@link #CEILING} after the chat (nor
 * shorter than the retention itself):
 * a review that never happens does not keep a visitor's words for ever. Ninety days is also how long a fake-call
 * mark waits for review before it expires unreviewed.
 */
public final class TranscriptHold {

    public static final Duration CEILING = Duration.ofDays(90);

    private TranscriptHold() {
    }

    /** How long after its end a held transcript is kept at most, with this retention period. */
    public static Duration ceiling(Duration retention) {
        return retention.compareTo(CEILING) > 0 ? retention : CEILING;
    }
}
