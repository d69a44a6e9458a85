package be.clbchat.infrastructure.chat;

import be.clbchat.application.chat.ChatSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/** Reads {@link ChatSettings} from the server variables. */
@ApplicationScoped
public class ChatSettingsProducer {

    static final String GRACE = "CLBCHAT_CHAT_GRACE_SECONDS";
    static final String MAX_CHATS = "CLBCHAT_OPERATOR_MAX_CHATS";
    /** Days an ended chat keeps its transcript; also what the visitor's page says (see README for the default). */
    static final String RETENTION = "CLBCHAT_TRANSCRIPT_RETENTION_DAYS";
    static final long DEFAULT_RETENTION_DAYS = 42;
    static final String REGISTER_FIRST = "CLBCHAT_REGISTER_BEFORE_NEXT";
    static final String MAX_WAITING = "CLBCHAT_QUEUE_MAX_PER_LINE";

    @Inject
    private Config config;

    /** Dependent (a record cannot be proxied); read when an application-scoped service is made, so once each. */
    @Produces
    ChatSettings settings() {
        return new ChatSettings(
                Duration.ofSeconds(config.getOptionalValue(GRACE, Long.class).orElse(180L)),
                config.getOptionalValue(MAX_CHATS, Integer.class).orElse(2),
                Duration.ofDays(config.getOptionalValue(RETENTION, Long.class).orElse(DEFAULT_RETENTION_DAYS)),
                config.getOptionalValue(REGISTER_FIRST, Boolean.class).orElse(true),
                config.getOptionalValue(MAX_WAITING, Integer.class).orElse(200));
    }
}
