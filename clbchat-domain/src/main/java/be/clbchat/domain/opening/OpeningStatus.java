package be.clbchat.domain.opening;

import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Whether a line is open at a moment, until when, and when it opens next.
 *
 * @param open        open at that moment
 * @param closesAt    when the current opening ends (when open)
 * @param nextOpening when it opens next (when closed; empty if not within the coming year)
 * @param closedFor   when closed today for a holiday or closure period: which one
 */
public record OpeningStatus(boolean open, Optional<ZonedDateTime> closesAt, Optional<ZonedDateTime> nextOpening,
                            Optional<String> closedFor) {
}
