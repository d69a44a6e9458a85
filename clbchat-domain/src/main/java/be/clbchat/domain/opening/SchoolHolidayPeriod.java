package be.clbchat.domain.opening;

import java.time.LocalDate;
import java.util.Objects;

/** One holiday period of a school year, from its first to its last day, both included. */
public record SchoolHolidayPeriod(SchoolHoliday holiday, LocalDate firstDay, LocalDate lastDay) {

    public SchoolHolidayPeriod {
        Objects.requireNonNull(holiday, "holiday");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("A holiday ends on or after its first day: " + firstDay + " - " + lastDay);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
