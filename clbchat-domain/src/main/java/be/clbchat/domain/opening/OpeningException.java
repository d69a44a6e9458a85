package be.clbchat.domain.opening;

import java.time.Instant;
import java.util.Objects;

/**
 * An ad-hoc change entered by a coordinator: an extra opening (reinforcement after a crisis, an extra Friday) or an
 * extra closure (a training day). An extra closure beats everything; an extra opening beats the calendar.
 */
public record OpeningException(long id, Instant start, Instant end, Kind kind, String reason) {

    public enum Kind { OPEN, CLOSED }

    public OpeningException {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("An exception ends after it starts");
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("An exception needs a reason");
        }
    }
}
