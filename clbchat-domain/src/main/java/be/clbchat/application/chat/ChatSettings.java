package be.clbchat.application.chat;

import java.time.Duration;
import java.util.Objects;

/**
 * How the chat behaves, from server variables (see liberty/includes/variables.xml).
 *
 * @param grace              how long a dropped visitor or operator keeps their chats ({@code CLBCHAT_CHAT_GRACE_SECONDS})
 * @param maxChatsPerOperator chats one operator holds at once ({@code CLBCHAT_OPERATOR_MAX_CHATS})
 */
public record ChatSettings(Duration grace, int maxChatsPerOperator) {

    public ChatSettings {
        Objects.requireNonNull(grace, "grace");
        if (grace.isNegative() || grace.isZero()) {
            throw new IllegalArgumentException("The grace period must be positive: " + grace);
        }
        if (maxChatsPerOperator < 1) {
            throw new IllegalArgumentException("An operator must be able to hold a chat: " + maxChatsPerOperator);
        }
    }
}
