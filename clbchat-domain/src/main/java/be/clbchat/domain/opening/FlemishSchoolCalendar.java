package be.clbchat.domain.opening;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

/**
 * The holiday periods of the Flemish school calendar (Dutch-language education), computed from the rules of the
 * Flemish Government's decision on the organisation of the school year:
 * <ul>
 *   <li>autumn holiday: the week (Monday to Sunday) in which 1 November falls; when 1 November is a Sunday, the
 *       week after;</li>
 *   <li>Christmas holiday: two weeks from the Monday of the week in which Christmas falls; when Christmas is on a
 *       Saturday or Sunday, from the Monday after;</li>
 *   <li>spring (krokus) holiday: one week from the seventh Monday before Easter Monday (Easter minus 48 days);</li>
 *   <li>Easter holiday: two weeks from the first Monday of April; when Easter falls in March, from Easter Monday;
 *       when Easter falls after 15 April, from the second Monday before Easter;</li>
 *   <li>summer holiday: 1 July up to and including 31 August.</li>
 * </ul>
 * When the government publishes something else for a school year, coordinators override that year's periods.
 */
public final class FlemishSchoolCalendar {

    private FlemishSchoolCalendar() {
    }

    public static List<SchoolHolidayPeriod> holidays(SchoolYear schoolYear) {
        int autumnYear = schoolYear.startYear();
        int springYear = autumnYear + 1;
        return List.of(autumn(autumnYear), christmas(autumnYear), spring(springYear), easter(springYear),
                new SchoolHolidayPeriod(SchoolHoliday.SUMMER, LocalDate.of(springYear, 7, 1),
                        LocalDate.of(springYear, 8, 31)));
    }

    /** The holidays of a school year: the coordinators' override when there is one, else the computed ones. */
    public static List<SchoolHolidayPeriod> holidays(SchoolYear schoolYear,
                                                     Map<SchoolYear, List<SchoolHolidayPeriod>> overrides) {
        List<SchoolHolidayPeriod> overridden = overrides.get(schoolYear);
        return overridden != null ? overridden : holidays(schoolYear);
    }

    static SchoolHolidayPeriod autumn(int year) {
        LocalDate allSaints = LocalDate.of(year, Month.NOVEMBER, 1);
        LocalDate monday = allSaints.getDayOfWeek() == DayOfWeek.SUNDAY
                ? allSaints.plusDays(1)
                : allSaints.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return weeks(SchoolHoliday.AUTUMN, monday, 1);
    }

    static SchoolHolidayPeriod christmas(int year) {
        LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
        DayOfWeek day = christmas.getDayOfWeek();
        LocalDate monday = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY
                ? christmas.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                : christmas.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return weeks(SchoolHoliday.CHRISTMAS, monday, 2);
    }

    static SchoolHolidayPeriod spring(int year) {
        return weeks(SchoolHoliday.SPRING, Easter.sunday(year).minusDays(48), 1);
    }

    static SchoolHolidayPeriod easter(int year) {
        LocalDate easter = Easter.sunday(year);
        LocalDate monday;
        if (easter.getMonth() == Month.MARCH) {
            monday = easter.plusDays(1);
        } else if (easter.getDayOfMonth() > 15) {
            monday = easter.with(TemporalAdjusters.previous(DayOfWeek.MONDAY)).minusWeeks(1);
        } else {
            monday = LocalDate.of(year, Month.APRIL, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        }
        return weeks(SchoolHoliday.EASTER, monday, 2);
    }

    private static SchoolHolidayPeriod weeks(SchoolHoliday holiday, LocalDate monday, int weeks) {
        return new SchoolHolidayPeriod(holiday, monday, monday.plusWeeks(weeks).minusDays(1));
    }
}
