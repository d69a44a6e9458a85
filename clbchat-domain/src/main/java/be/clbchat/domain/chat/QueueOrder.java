package be.clbchat.domain.chat;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which waiting chats are served: chats given back by an operator who dropped come first (they waited
 * already), in the order they were given back; then first come, first served. Ties keep a stable order by id.
 */
public final class QueueOrder {

    public static final Comparator<Chat> FAIR = Comparator
            .comparing((Chat chat) -> chat.requeuedAt().isEmpty())
            .thenComparing(chat -> chat.requeuedAt().orElse(Instant.MIN))
            .thenComparing(Chat::queuedAt)
            .thenComparing(chat -> chat.id().toString());

    private QueueOrder() {
    }

    public static List<Chat> sorted(List<Chat> waiting) {
        return waiting.stream().sorted(FAIR).toList();
    }
}
