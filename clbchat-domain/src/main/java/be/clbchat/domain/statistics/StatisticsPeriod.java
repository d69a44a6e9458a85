package be.clbchat.domain.statistics;

import be.clbchat.domain.opening.SchoolYear;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The days the figures are about, {@code from} to {@code to} inclusive, in Brussels time: a school year (1 September to
 * 31 August) or a free period of at most {@link #MAX_DAYS} days. A chat belongs to the day the visitor asked for it.
 */
public record StatisticsPeriod(LocalDate from, LocalDate to, Optional<SchoolYear> schoolYear) {

    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    public static final int MAX_DAYS = 366;

    public StatisticsPeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts: " + from + " - " + to);
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new IllegalArgumentException("A period is at most " + MAX_DAYS + " days: " + from + " - " + to);
        }
    }

    public static StatisticsPeriod of(SchoolYear year) {
        return new StatisticsPeriod(year.firstDay(), year.lastDay(), Optional.of(year));
    }

    public static StatisticsPeriod of(LocalDate from, LocalDate to) {
        return new StatisticsPeriod(from, to, Optional.empty());
    }

    /** The first moment of the period. */
    public Instant start() {
        return from.atStartOfDay(ZONE).toInstant();
    }

    /** The first moment after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    public boolean contains(Instant at) {
        return !at.isBefore(start()) && at.isBefore(end());
    }

    /** "2026-2027", or "1 september 2026 - 31 december 2026" for a free period. */
    public String label() {
        return schoolYear.map(year -> "schooljaar " + year.label())
                .orElseGet(() -> DutchNumbers.date(from) + " - " + DutchNumbers.date(to));
    }
}
