package be.clbchat.domain.opening;

import java.time.ZonedDateTime;
import java.util.Objects;

/** A stretch of time in which a line is open, with why (school day, school holiday, extra opening). */
public record OpeningInterval(ZonedDateTime start, ZonedDateTime end, String reason) {

    public OpeningInterval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(reason, "reason");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("An opening ends after it starts");
        }
    }
}
