package be.clbchat.domain.opening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every holiday of the school years 2024-2025 up to 2029-2030, as the rules give them (expected values worked out
 * by hand from the calendar, not from the code).
 */
class FlemishSchoolCalendarTest {

    @ParameterizedTest(name = "{0} {1}: {2} - {3}")
    @CsvSource({
            "2024, AUTUMN, 2024-10-28, 2024-11-03",
            "2024, CHRISTMAS, 2024-12-23, 2025-01-05",
            "2024, SPRING, 2025-03-03, 2025-03-09",
            "2024, EASTER, 2025-04-07, 2025-04-20",
            "2024, SUMMER, 2025-07-01, 2025-08-31",
            "2025, AUTUMN, 2025-10-27, 2025-11-02",
            "2025, CHRISTMAS, 2025-12-22, 2026-01-04",
            "2025, SPRING, 2026-02-16, 2026-02-22",
            "2025, EASTER, 2026-04-06, 2026-04-19",
            "2025, SUMMER, 2026-07-01, 2026-08-31",
            // 1 November on a Sunday: the week after.
            "2026, AUTUMN, 2026-11-02, 2026-11-08",
            "2026, CHRISTMAS, 2026-12-21, 2027-01-03",
            "2026, SPRING, 2027-02-08, 2027-02-14",
            // Easter in March: from Easter Monday.
            "2026, EASTER, 2027-03-29, 2027-04-11",
            "2026, SUMMER, 2027-07-01, 2027-08-31",
            "2027, AUTUMN, 2027-11-01, 2027-11-07",
            // Christmas on a Saturday: from the Monday after.
            "2027, CHRISTMAS, 2027-12-27, 2028-01-09",
            "2027, SPRING, 2028-02-28, 2028-03-05",
            // Easter after 15 April: from the second Monday before Easter.
            "2027, EASTER, 2028-04-03, 2028-04-16",
            "2027, SUMMER, 2028-07-01, 2028-08-31",
            "2028, AUTUMN, 2028-10-30, 2028-11-05",
            // Christmas on a Monday.
            "2028, CHRISTMAS, 2028-12-25, 2029-01-07",
            "2028, SPRING, 2029-02-12, 2029-02-18",
            // Easter on 1 April: the first Monday of April is Easter Monday.
            "2028, EASTER, 2029-04-02, 2029-04-15",
            "2028, SUMMER, 2029-07-01, 2029-08-31",
            "2029, AUTUMN, 2029-10-29, 2029-11-04",
            "2029, CHRISTMAS, 2029-12-24, 2030-01-06",
            "2029, SPRING, 2030-03-04, 2030-03-10",
            "2029, EASTER, 2030-04-08, 2030-04-21",
            "2029, SUMMER, 2030-07-01, 2030-08-31",
    })
    void theHolidaysOfEverySchoolYear(int startYear, SchoolHoliday holiday, LocalDate first, LocalDate last) {
        assertThat(FlemishSchoolCalendar.holidays(new SchoolYear(startYear)))
                .contains(new SchoolHolidayPeriod(holiday, first, last));
    }

    @ParameterizedTest
    @CsvSource({"2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2028, 2028-04-16",
            "2029, 2029-04-01", "2030, 2030-04-21", "2038, 2038-04-25", "2285, 2285-03-22"})
    void easterSunday(int year, LocalDate sunday) {
        assertThat(Easter.sunday(year)).isEqualTo(sunday);
    }

    @ParameterizedTest
    @CsvSource({"2026-08-31, 2025", "2026-09-01, 2026", "2027-01-04, 2026"})
    void aDayBelongsToTheSchoolYearThatContainsIt(LocalDate day, int startYear) {
        assertThat(SchoolYear.containing(day)).isEqualTo(new SchoolYear(startYear));
        assertThat(SchoolYear.parse(new SchoolYear(startYear).label())).isEqualTo(new SchoolYear(startYear));
    }
}
