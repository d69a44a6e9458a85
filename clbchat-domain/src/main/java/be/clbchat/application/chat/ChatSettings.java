package be.clbchat.application.chat;

import java.time.Duration;
import java.util.Objects;

/**
 * How the chat behaves, from server variables (see liberty/includes/variables.xml).
 *
 * @param grace              how long a dropped visitor or operator keeps their chats ({@code CLBCHAT_CHAT_GRACE_SECONDS})
 * @param maxChatsPerOperator chats one operator holds at once ({@code CLBCHAT_OPERATOR_MAX_CHATS})
 * @param retention          how long an ended chat keeps its transcript ({@code CLBCHAT_CHAT_RETENTION_DAYS};
 *                           the visitor's page promises it)
 * @param registerBeforeNext whether an operator registers the chats they ended before taking the next one
 *                           ({@code CLBCHAT_REGISTER_BEFORE_NEXT}, default true)
 */
public record ChatSettings(Duration grace, int maxChatsPerOperator, Duration retention, boolean registerBeforeNext) {

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
        if (maxChatsPerOperator < 1) {
            throw new IllegalArgumentException("An operator must be able to hold a chat: " + maxChatsPerOperator);
        }
    }
}
