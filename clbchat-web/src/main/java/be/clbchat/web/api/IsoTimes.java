package be.clbchat.web.api;

import be.clbchat.domain.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** How the API writes and reads times: ISO-8601 with seconds and offset, e.g. 2026-12-21T14:00:00+01:00. */
final class IsoTimes {

    private static final DateTimeFormatter WITH_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private IsoTimes() {
    }

    static String format(ZonedDateTime time) {
        return time == null ? null : WITH_SECONDS.format(time);
    }

    static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            throw Refusal.invalid("missing-date", "Geef '" + name + "' op als datum, bv. 2026-12-21.");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("invalid-date",
                    "'" + name + "' is geen datum zoals 2026-12-21: " + value);
        }
    }

    /** An instant written with an offset or Z; null stays null. */
    static Instant instant(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("invalid-instant",
                    "'" + name + "' is geen tijdstip zoals 2026-12-21T14:00:00+01:00: " + value);
        }
    }
}
