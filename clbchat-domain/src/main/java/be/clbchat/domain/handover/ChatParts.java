package be.clbchat.domain.handover;

import be.clbchat.domain.chat.Chat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The parts of a chat: one per operator who held it, split at each hand-over that reached its receiver. Each
 * operator registers their own part; a chat never handed over has one part.
 */
public final class ChatParts {

    /** Part {@code number} (from 1) of a chat: on {@code line}, held by {@code operator}. */
    public record Part(int number, String line, String operator) {
        public Part {
            Objects.requireNonNull(line, "line");
            Objects.requireNonNull(operator, "operator");
        }
    }

    private ChatParts() {
    }

    /** The parts of {@code chat}, given its hand-overs (any order); none for a chat nobody answered. */
    public static List<Part> of(Chat chat, List<Handover> handovers) {
        List<Handover> taken = handovers.stream().filter(handover -> handover.state() == HandoverState.TAKEN)
                .sorted(Comparator.comparing(handover -> handover.closedAt().orElseThrow())).toList();
        List<Part> parts = new ArrayList<>();
        if (taken.isEmpty()) {
            chat.operatorUsername().ifPresent(operator -> parts.add(new Part(1, lastLine(chat, handovers, null),
                    operator)));
            return parts;
        }
        parts.add(new Part(1, taken.get(0).fromLine(), taken.get(0).fromOperator()));
        for (int i = 0; i < taken.size(); i++) {
            Handover handover = taken.get(i);
            boolean last = i == taken.size() - 1;
            // Whoever holds the chat now holds its last part (it may have gone back to the queue and on to another).
            String operator = last ? chat.operatorUsername().orElse(handover.takenBy().orElseThrow())
                    : handover.takenBy().orElseThrow();
            parts.add(new Part(i + 2, last ? lastLine(chat, handovers, handover) : handover.toLine(), operator));
        }
        return List.copyOf(parts);
    }

    /**
     * The line of the last part: the chat's own, unless a cold hand-over after {@code after} moved it to another line
     * where nobody took it (then the part is still on the line it left).
     */
    private static String lastLine(Chat chat, List<Handover> handovers, Handover after) {
        return handovers.stream()
                .filter(handover -> handover.movesAtOnce() && handover.state() != HandoverState.TAKEN
                        && handover.state() != HandoverState.REFUSED && handover.answeredAt().isPresent()
                        && handover.toLine().equals(chat.lineCode())
                        && (after == null || handover.offeredAt().isAfter(after.offeredAt())))
                .max(Comparator.comparing(Handover::offeredAt)).map(Handover::fromLine).orElse(chat.lineCode());
    }

    /** The latest part {@code operator} held. */
    public static Optional<Part> latestOf(List<Part> parts, String operator) {
        return parts.stream().filter(part -> part.operator().equals(operator))
                .max(Comparator.comparingInt(Part::number));
    }
}
