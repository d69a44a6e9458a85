package be.clbchat.application.quality;

import be.clbchat.domain.Refusal;
import be.clbchat.domain.quality.ChatscanPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A question to the audit log: who read ({@code reader}), which chat, in which days (both included, Brussels time).
 * Without days: the last 30. At most a year at once, and {@link #MAX_ROWS} rows.
 */
public record AuditQuery(Optional<String> reader, Optional<String> chatId, LocalDate from, LocalDate to) {

    public static final int MAX_ROWS = 5000;

    /** From what a page or a URL gives (blank is "not given"); a bad value is a 400 naming the field. */
    public static AuditQuery parse(String reader, String chat, String from, String to, LocalDate today) {
        Map<String, String> wrong = new LinkedHashMap<>();
        Optional<String> chatId = blank(chat).map(String::strip);
        if (chatId.isPresent()) {
            try {
                chatId = Optional.of(UUID.fromString(chatId.get()).toString());
            } catch (IllegalArgumentException e) {
                wrong.put("chat", "Een gesprek heeft een code als 0b6f3c1e-5a1d-4c1b-9a53-2f0d3c2b8e11.");
            }
        }
        LocalDate last = day(to, "to", wrong).orElse(today);
        LocalDate first = day(from, "from", wrong).orElse(last.minusDays(29));
        if (wrong.isEmpty() && first.isAfter(last)) {
            wrong.put("from", "De eerste dag ligt na de laatste.");
        }
        if (wrong.isEmpty() && first.plusYears(1).isBefore(last)) {
            wrong.put("to", "Vraag hoogstens een jaar tegelijk.");
        }
        if (!wrong.isEmpty()) {
            throw Refusal.invalid("invalid-audit-query", wrong);
        }
        return new AuditQuery(blank(reader).map(String::strip), chatId, first, last);
    }

    private static Optional<String> blank(String text) {
        return Optional.ofNullable(text).filter(value -> !value.isBlank());
    }

    private static Optional<LocalDate> day(String text, String field, Map<String, String> wrong) {
        if (blank(text).isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            wrong.put(field, "Schrijf de dag als 2026-12-01.");
            return Optional.empty();
        }
    }

    public Instant fromInstant() {
        return from.atStartOfDay(ChatscanPeriod.ZONE).toInstant();
    }

    public Instant untilInstant() {
        return to.plusDays(1).atStartOfDay(ChatscanPeriod.ZONE).toInstant();
    }
}
