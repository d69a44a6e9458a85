package be.clbchat.domain.opening;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * A closure that comes back every year, e.g. 25 December up to and including 1 January (it may run over New Year),
 * or 15 July up to and including 15 August.
 */
public record AnnualClosure(MonthDay firstDay, MonthDay lastDay, String name) {

    public AnnualClosure {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A closure period has a name");
        }
    }

    public boolean contains(LocalDate day) {
        MonthDay date = MonthDay.from(day);
        if (!lastDay.isBefore(firstDay)) {
            return !date.isBefore(firstDay) && !date.isAfter(lastDay);
        }
        // Runs over New Year.
        return !date.isBefore(firstDay) || !date.isAfter(lastDay);
    }
}
