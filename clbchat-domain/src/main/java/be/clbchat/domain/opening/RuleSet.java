package be.clbchat.domain.opening;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The weekly opening rules of a line for a period: hours on school days and on school holiday days, the annual
 * closures, and whether it closes on public holidays. Rules change over time (CLBch@t closed at 20:00 in 2016 and at
 * 21:00 since February 2017); each set keeps its validity so the past stays answerable.
 *
 * @param validFrom  first day these rules apply
 * @param validUntil last day they apply, or {@code null} while they are the current rules
 */
public record RuleSet(LocalDate validFrom, LocalDate validUntil, WeeklyHours schoolDays, WeeklyHours holidayDays,
                      boolean closedOnPublicHolidays, List<AnnualClosure> closures) {

    public RuleSet {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(schoolDays, "schoolDays");
        Objects.requireNonNull(holidayDays, "holidayDays");
        closures = List.copyOf(Objects.requireNonNull(closures, "closures"));
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("A rule set ends on or after the day it starts: "
                    + validFrom + " - " + validUntil);
        }
    }

    public boolean appliesTo(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    public boolean overlaps(RuleSet other) {
        boolean thisEndsBefore = validUntil != null && validUntil.isBefore(other.validFrom);
        boolean otherEndsBefore = other.validUntil != null && other.validUntil.isBefore(validFrom);
        return !thisEndsBefore && !otherEndsBefore;
    }
}
