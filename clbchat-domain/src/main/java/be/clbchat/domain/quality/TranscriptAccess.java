package be.clbchat.domain.quality;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who may read a chat's transcript, and why. During a chat: its operator (in the console, not through here) and the
 * supporter who took its operator's request for support (reading along). After it: its operator within the retention
 * period; a coordinator while the chat is in a chatscan or its fake-call mark waits for review; a CLB's admin for the
 * chats of that CLB's own boxes. Nobody else.
 */
public final class TranscriptAccess {

    /**
     * The one who asks.
     *
     * @param reviewer     whether they belong to the coordination team (who review chatscans and fake calls)
     * @param ownBoxLines  the lines of their own CLB's boxes, when they are that CLB's admin
     */
    public record Reader(String username, boolean reviewer, Set<String> ownBoxLines) {
        public Reader {
            Objects.requireNonNull(username, "username");
            ownBoxLines = Set.copyOf(ownBoxLines);
        }
    }

    /**
     * What the rule needs to know of the chat.
     *
     * @param supporter who took the operator's request for support, while that is open
     */
    public record Chat(String line, Optional<String> operator, Optional<Instant> endedAt, boolean inChatscan,
                       boolean fakeCallPending, Optional<String> supporter) {
        public Chat {
            Objects.requireNonNull(line, "line");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(endedAt, "endedAt");
            Objects.requireNonNull(supporter, "supporter");
        }

        /** A chat with nobody reading along. */
        public Chat(String line, Optional<String> operator, Optional<Instant> endedAt, boolean inChatscan,
                    boolean fakeCallPending) {
            this(line, operator, endedAt, inChatscan, fakeCallPending, Optional.empty());
        }
    }

    private TranscriptAccess() {
    }

    /** Every reason {@code reader} has to read {@code chat} now, in the order the audit prefers them; empty: none. */
    public static List<TranscriptReason> reasons(Reader reader, Chat chat, Instant now, Duration retention) {
        List<TranscriptReason> reasons = new ArrayList<>();
        if (chat.endedAt().isEmpty()) {
            if (chat.operator().isPresent() && chat.supporter().filter(reader.username()::equals).isPresent()) {
                reasons.add(TranscriptReason.READ_ALONG);
            }
            return reasons;
        }
        if (chat.operator().filter(reader.username()::equals).isPresent()
                && chat.endedAt().get().plus(retention).isAfter(now)) {
            reasons.add(TranscriptReason.OWN_CHAT);
        }
        if (reader.reviewer() && chat.inChatscan()) {
            reasons.add(TranscriptReason.CHATSCAN);
        }
        if (reader.reviewer() && chat.fakeCallPending()) {
            reasons.add(TranscriptReason.FAKE_CALL_REVIEW);
        }
        if (reader.ownBoxLines().contains(chat.line())) {
            reasons.add(TranscriptReason.CLB_BOX);
        }
        return reasons;
    }

    /**
     * The reason this read is written down with: the one asked for when the reader has it, else the first they have;
     * empty when they may not read it (for that reason).
     */
    public static Optional<TranscriptReason> reason(Reader reader, Chat chat, Instant now, Duration retention,
                                                    Optional<TranscriptReason> asked) {
        List<TranscriptReason> reasons = reasons(reader, chat, now, retention);
        return asked.map(wanted -> reasons.contains(wanted) ? Optional.of(wanted) : Optional.<TranscriptReason>empty())
                .orElseGet(() -> reasons.stream().findFirst());
    }
}
