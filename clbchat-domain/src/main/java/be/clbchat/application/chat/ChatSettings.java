package be.clbchat.application.chat;

import java.time.Duration;
import java.util.Objects;

/**
 * How the chat behaves, from server variables (see liberty/includes/variables.xml).
 *
 * @param grace              how long a dropped visitor or operator keeps their chats ({@code CLBCHAT_CHAT_GRACE_SECONDS})
 * @param maxChatsPerOperator chats one operator holds at once ({@code CLBCHAT_OPERATOR_MAX_CHATS})
 * @param retention          how long an ended chat keeps its transcript ({@code CLBCHAT_TRANSCRIPT_RETENTION_DAYS};
 *                           the visitor's page says it from this same value)
 * @param registerBeforeNext whether an operator registers the chats they ended before taking the next one
 *                           ({@code CLBCHAT_REGISTER_BEFORE_NEXT}, default true)
 * @param maxWaitingPerLine  chats that may wait on one line at once; the next visitor hears "busy"
 *                           ({@code CLBCHAT_QUEUE_MAX_PER_LINE}, default 200 — more than any evening seen)
 */
public record ChatSettings(Duration grace, int maxChatsPerOperator, Duration retention, boolean registerBeforeNext,
                           int maxWaitingPerLine) {

    /**
     * How long a waiting chat whose visitor's socket is gone keeps its place: long enough for a phone to reconnect
     * (it tries after 1, 2, 4 … s), short enough that chats started and dropped by a script leave the queue soon.
     */
    public static final Duration QUEUED_GRACE = Duration.ofSeconds(30);

    /** The chats "just ended" that must be registered first: this evening's, not the ones from before the rule. */
    public static final Duration REGISTER_WITHIN = Duration.ofHours(12);

    public ChatSettings {
        Objects.requireNonNull(grace, "grace");
        if (grace.isNegative() || grace.isZero()) {
            throw new IllegalArgumentException("The grace period must be positive: " + grace);
        }
        Objects.requireNonNull(retention, "retention");
        if (retention.toDays() < 1) {
            throw new IllegalArgumentException("Chats are kept at least a day: " + retention);
        }
        if (maxWaitingPerLine < 1) {
            throw new IllegalArgumentException("A line must be able to queue a chat: " + maxWaitingPerLine);
        }
        if (maxChatsPerOperator < 1) {
            throw new IllegalArgumentException("An operator must be able to hold a chat: " + maxChatsPerOperator);
        }
    }

    /** The grace of a waiting chat: {@link #QUEUED_GRACE}, or the grace itself when that is shorter. */
    public Duration queuedGrace() {
        return grace.compareTo(QUEUED_GRACE) < 0 ? grace : QUEUED_GRACE;
    }
}
