package be.clbchat.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Whole days from {@code first} to {@code last}, both included, as every list by period asks for them (opening hours,
 * blocks, a roster). Made only through {@link #of} or {@link #starting}, which refuse what no list should answer:
 * a missing day, the end before the start, days outside 2000-2099, more days than the caller's limit.
 */
public record DayPeriod(LocalDate first, LocalDate last) {

    private static final int FIRST_YEAR = 2000;
    private static final int END_YEAR = 2100;

    public DayPeriod {
        if (first == null || last == null) {
            throw Refusal.invalid("missing-date", "Geef een begin- en een einddatum op, bv. 2026-12-21.");
        }
        if (last.isBefore(first)) {
            throw Refusal.invalid("invalid-range", "De einddatum ligt voor de begindatum.");
        }
        if (first.getYear() < FIRST_YEAR || last.getYear() >= END_YEAR) {
            throw Refusal.invalid("out-of-range", "Kies dagen tussen " + FIRST_YEAR + " en " + END_YEAR + ".");
        }
    }

    /** From {@code first} to {@code last}, at most {@code maxDays} days. */
    public static DayPeriod of(LocalDate first, LocalDate last, int maxDays) {
        DayPeriod period = new DayPeriod(first, last);
        if (period.days() > maxDays) {
            throw Refusal.invalid("range-too-long", "Kies een periode van hoogstens " + maxDays + " dagen.");
        }
        return period;
    }

    /** {@code days} days from {@code first}; the number of days itself must lie between 1 and {@code maxDays}. */
    public static DayPeriod starting(LocalDate first, int days, int maxDays) {
        if (first == null || days < 1 || days > maxDays) {
            throw Refusal.invalid("invalid-range", "Vraag 1 tot " + maxDays + " dagen op vanaf een datum.");
        }
        return new DayPeriod(first, first.plusDays(days - 1L));
    }

    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** The first moment of the period in {@code zone}. */
    public Instant start(ZoneId zone) {
        return first.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the period in {@code zone} (exclusive). */
    public Instant end(ZoneId zone) {
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
