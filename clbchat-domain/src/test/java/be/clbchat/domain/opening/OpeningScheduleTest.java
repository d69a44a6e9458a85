package be.clbchat.domain.opening;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The CLBch@t line's rules, as the annual report states them, through the schedule engine. */
public class OpeningScheduleTest {

    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    static final List<AnnualClosure> CLB_CLOSURES = List.of(
            new AnnualClosure(MonthDay.of(12, 25), MonthDay.of(1, 1), "kerstsluiting"),
            new AnnualClosure(MonthDay.of(7, 15), MonthDay.of(8, 15), "zomersluiting"));

    /** 2016: until 20:00. */
    static final RuleSet RULES_2016 = new RuleSet(LocalDate.parse("2016-02-01"), LocalDate.parse("2017-01-31"),
            WeeklyHours.builder().open(TimeRange.of("17:00", "20:00"), MONDAY, TUESDAY, THURSDAY)
                    .open(WEDNESDAY, TimeRange.of("14:00", "20:00")).build(),
            WeeklyHours.closed(), true, CLB_CLOSURES);

    /** Since 1 February 2017: until 21:00. */
    static final RuleSet RULES_2017 = new RuleSet(LocalDate.parse("2017-02-01"), null,
            WeeklyHours.builder().open(TimeRange.of("17:00", "21:00"), MONDAY, TUESDAY, THURSDAY)
                    .open(WEDNESDAY, TimeRange.of("14:00", "21:00")).build(),
            WeeklyHours.builder().open(TimeRange.of("14:00", "21:00"), MONDAY, TUESDAY, WEDNESDAY, THURSDAY).build(),
            true, CLB_CLOSURES);

    public static OpeningSchedule clbchat(OpeningException... exceptions) {
        return new OpeningSchedule(BRUSSELS, List.of(RULES_2017, RULES_2016), Map.of(), List.of(exceptions));
    }

    static ZonedDateTime at(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), BRUSSELS);
    }

    static List<String> hoursOn(OpeningSchedule schedule, String day) {
        LocalDate date = LocalDate.parse(day);
        return schedule.intervals(date, date).stream()
                .map(i -> i.start().toOffsetDateTime() + "/" + i.end().toOffsetDateTime())
                .toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // School days.
            "2026-11-23 | 2026-11-23T17:00+01:00/2026-11-23T21:00+01:00",
            "2026-11-25 | 2026-11-25T14:00+01:00/2026-11-25T21:00+01:00",
            "2026-11-27 | ",
            "2026-11-28 | ",
            // Autumn holiday (1 November on a Sunday): holiday hours from Monday 2 November.
            "2026-11-02 | 2026-11-02T14:00+01:00/2026-11-02T21:00+01:00",
            // 11 November on a Wednesday: public holiday.
            "2026-11-11 | ",
            // 24 December on a Thursday in the Christmas holiday: open, the closure starts on the 25th.
            "2026-12-24 | 2026-12-24T14:00+01:00/2026-12-24T21:00+01:00",
            "2026-12-28 | ",
            "2026-12-31 | ",
            // 1 January: public holiday and the last day of the closure.
            "2027-01-01 | ",
            "2027-01-04 | 2027-01-04T17:00+01:00/2027-01-04T21:00+01:00",
            // Easter Monday is the first day of the 2026 Easter holiday: closed; the Tuesday has holiday hours.
            "2026-04-06 | ",
            "2026-04-07 | 2026-04-07T14:00+02:00/2026-04-07T21:00+02:00",
            // 11 July on a Wednesday, the day before a summer Monday.
            "2029-07-11 | ",
            "2029-07-09 | 2029-07-09T14:00+02:00/2029-07-09T21:00+02:00",
            // Summer closure from 15 July up to and including 15 August.
            "2027-07-14 | 2027-07-14T14:00+02:00/2027-07-14T21:00+02:00",
            "2027-07-15 | ",
            "2029-08-15 | ",
            "2029-08-16 | 2029-08-16T14:00+02:00/2029-08-16T21:00+02:00",
            // Daylight saving: local hours stay 17:00-21:00 on both sides.
            "2026-03-26 | 2026-03-26T17:00+01:00/2026-03-26T21:00+01:00",
            "2026-03-30 | 2026-03-30T17:00+02:00/2026-03-30T21:00+02:00",
            "2026-10-22 | 2026-10-22T17:00+02:00/2026-10-22T21:00+02:00",
            "2026-10-26 | 2026-10-26T17:00+01:00/2026-10-26T21:00+01:00",
            // Rule sets over time: until 20:00 in 2016, until 21:00 from 1 February 2017.
            "2017-01-31 | 2017-01-31T17:00+01:00/2017-01-31T20:00+01:00",
            "2017-02-01 | 2017-02-01T14:00+01:00/2017-02-01T21:00+01:00",
            // Before the first rule set: closed.
            "2016-01-25 | ",
    })
    void theOpeningHoursOfADay(String day, String expected) {
        assertThat(hoursOn(clbchat(), day)).isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    @Test
    void theChristmasHolidayFromTheIssueExample() {
        List<OpeningInterval> intervals = clbchat().intervals(LocalDate.parse("2026-12-21"), LocalDate.parse("2027-01-03"));

        assertThat(intervals).extracting(i -> i.start().toLocalDate().toString())
                .containsExactly("2026-12-21", "2026-12-22", "2026-12-23", "2026-12-24");
        assertThat(intervals).allSatisfy(i -> assertThat(i.reason()).isEqualTo("kerstvakantie"));
    }

    @Nested
    class Exceptions {

        @Test
        void anExtraOpeningOnAFridayOpensIt() {
            OpeningSchedule schedule = clbchat(new OpeningException(1, at("2026-11-27T17:00").toInstant(),
                    at("2026-11-27T21:00").toInstant(), OpeningException.Kind.OPEN, "versterking na een incident"));

            assertThat(schedule.intervals(LocalDate.parse("2026-11-27"), LocalDate.parse("2026-11-27")))
                    .singleElement()
                    .satisfies(i -> assertThat(i.reason()).isEqualTo("extra opening: versterking na een incident"));
        }

        @Test
        void anExtraOpeningBeatsAPublicHoliday() {
            OpeningSchedule schedule = clbchat(new OpeningException(1, at("2026-11-11T14:00").toInstant(),
                    at("2026-11-11T18:00").toInstant(), OpeningException.Kind.OPEN, "crisis"));

            assertThat(hoursOn(schedule, "2026-11-11")).containsExactly("2026-11-11T14:00+01:00/2026-11-11T18:00+01:00");
        }

        @Test
        void anExtraClosureBeatsTheHoursAndAnExtraOpening() {
            OpeningSchedule schedule = clbchat(
                    new OpeningException(1, at("2026-11-23T00:00").toInstant(), at("2026-11-24T00:00").toInstant(),
                            OpeningException.Kind.CLOSED, "opleidingsdag"),
                    new OpeningException(2, at("2026-11-23T19:00").toInstant(), at("2026-11-23T22:00").toInstant(),
                            OpeningException.Kind.OPEN, "versterking"));

            assertThat(hoursOn(schedule, "2026-11-23")).isEmpty();
        }

        @Test
        void aShortClosureSplitsAnOpening() {
            OpeningSchedule schedule = clbchat(new OpeningException(1, at("2026-11-25T16:00").toInstant(),
                    at("2026-11-25T17:30").toInstant(), OpeningException.Kind.CLOSED, "teamoverleg"));

            assertThat(hoursOn(schedule, "2026-11-25")).containsExactly(
                    "2026-11-25T14:00+01:00/2026-11-25T16:00+01:00",
                    "2026-11-25T17:30+01:00/2026-11-25T21:00+01:00");
        }

        @Test
        void anExtraHourRightAfterClosingMakesOneContiguousOpening() {
            OpeningSchedule schedule = clbchat(new OpeningException(1, at("2026-11-23T21:00").toInstant(),
                    at("2026-11-23T22:00").toInstant(), OpeningException.Kind.OPEN, "versterking"));

            assertThat(schedule.intervals(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-23")))
                    .singleElement()
                    .satisfies(i -> {
                        assertThat(i.start()).isEqualTo(at("2026-11-23T17:00"));
                        assertThat(i.end()).isEqualTo(at("2026-11-23T22:00"));
                        assertThat(i.reason()).isEqualTo("schooldag + extra opening: versterking");
                    });
        }

        @Test
        void anExtraOpeningOverTheAutumnClockChangeLastsItsRealDuration() {
            OpeningSchedule schedule = clbchat(new OpeningException(1, at("2026-10-24T22:00").toInstant(),
                    at("2026-10-25T04:00").toInstant(), OpeningException.Kind.OPEN, "nachtpermanentie"));

            List<OpeningInterval> night = schedule.intervals(LocalDate.parse("2026-10-24"), LocalDate.parse("2026-10-25"));
            assertThat(night).singleElement().satisfies(i ->
                    assertThat(Duration.between(i.start(), i.end())).isEqualTo(Duration.ofHours(7)));
        }
    }

    @Nested
    class Status {

        @Test
        void aLongExtraOpeningReportsItsRealEnd() {
            OpeningSchedule schedule = clbchat(new OpeningException(1, at("2027-03-01T09:00").toInstant(),
                    at("2027-03-15T18:00").toInstant(), OpeningException.Kind.OPEN, "versterking na een ramp"));

            OpeningStatus status = schedule.status(at("2027-03-02T10:00").toInstant());

            assertThat(status.open()).isTrue();
            assertThat(status.closesAt()).contains(at("2027-03-15T21:00"));
        }

        @Test
        void hoursInsideTheSpringForwardGapDoNotBreakTheDay() {
            RuleSet night = new RuleSet(LocalDate.parse("2026-01-01"), null,
                    WeeklyHours.builder().open(java.time.DayOfWeek.SUNDAY, TimeRange.of("02:30", "03:15"))
                            .open(java.time.DayOfWeek.SUNDAY, TimeRange.of("14:00", "15:00")).build(),
                    WeeklyHours.closed(), false, List.of());
            OpeningSchedule schedule = new OpeningSchedule(BRUSSELS, List.of(night), Map.of(), List.of());

            assertThat(hoursOn(schedule, "2026-03-29")).containsExactly("2026-03-29T14:00+02:00/2026-03-29T15:00+02:00");
        }

        @Test
        void openOnASchoolMondayUntilNine() {
            OpeningStatus status = clbchat().status(at("2026-11-23T18:00").toInstant());

            assertThat(status.open()).isTrue();
            assertThat(status.closesAt()).contains(at("2026-11-23T21:00"));
            assertThat(status.nextOpening()).isEmpty();
        }

        @Test
        void closedAtChristmasUntilMondayFourJanuary() {
            OpeningStatus status = clbchat().status(at("2026-12-25T12:00").toInstant());

            assertThat(status.open()).isFalse();
            assertThat(status.nextOpening()).contains(at("2027-01-04T17:00"));
            assertThat(status.closedFor()).contains("Kerstmis");
        }

        @Test
        void closedInTheChristmasClosureWithItsName() {
            assertThat(clbchat().status(at("2026-12-29T15:00").toInstant()).closedFor()).contains("kerstsluiting");
        }

        @Test
        void atClosingTimeItIsClosedAndOpensTheNextDay() {
            OpeningStatus status = clbchat().status(at("2026-11-23T21:00").toInstant());

            assertThat(status.open()).isFalse();
            assertThat(status.nextOpening()).contains(at("2026-11-24T17:00"));
            assertThat(status.closedFor()).isEmpty();
        }

        @Test
        void theSummerClosureLooksAheadMoreThanAWeek() {
            OpeningStatus status = clbchat().status(at("2027-07-20T12:00").toInstant());

            assertThat(status.nextOpening()).contains(at("2027-08-16T14:00"));
        }

        @Test
        void theTimelineAgreesWithTheScheduleEveryQuarterOfAnHour() {
            OpeningSchedule schedule = clbchat(new OpeningException(1, at("2026-11-27T17:00").toInstant(),
                    at("2026-11-27T21:00").toInstant(), OpeningException.Kind.OPEN, "extra vrijdag"));
            OpeningTimeline timeline = OpeningTimeline.of(schedule, LocalDate.parse("2026-09-01"),
                    LocalDate.parse("2027-08-31"));

            for (Instant t = at("2026-09-01T00:00").toInstant(); t.isBefore(at("2027-08-24T00:00").toInstant());
                 t = t.plus(Duration.ofMinutes(15))) {
                OpeningStatus status = schedule.status(t);
                assertThat(timeline.isOpen(t)).as("open at %s", t).isEqualTo(status.open());
                if (!status.open()) {
                    assertThat(timeline.nextOpening(t).getAsLong()).as("next opening after %s", t)
                            .isEqualTo(status.nextOpening().orElseThrow().toEpochSecond());
                }
            }
        }
    }

    @Test
    void overlappingRuleSetsAreRefused() {
        RuleSet overlapping = new RuleSet(LocalDate.parse("2020-01-01"), null, WeeklyHours.closed(),
                WeeklyHours.closed(), true, List.of());

        assertThatIllegalArgumentException().isThrownBy(() ->
                new OpeningSchedule(BRUSSELS, List.of(RULES_2017, overlapping), Map.of(), List.of()));
    }

    @Test
    void anOverriddenSchoolYearReplacesTheComputedHolidays() {
        SchoolYear year = new SchoolYear(2026);
        List<SchoolHolidayPeriod> published = FlemishSchoolCalendar.holidays(year).stream()
                .map(p -> p.holiday() == SchoolHoliday.AUTUMN
                        ? new SchoolHolidayPeriod(SchoolHoliday.AUTUMN, LocalDate.parse("2026-10-26"), LocalDate.parse("2026-11-01"))
                        : p)
                .toList();
        OpeningSchedule schedule = new OpeningSchedule(BRUSSELS, List.of(RULES_2017), Map.of(year, published), List.of());

        assertThat(hoursOn(schedule, "2026-10-26")).containsExactly("2026-10-26T14:00+01:00/2026-10-26T21:00+01:00");
        assertThat(hoursOn(schedule, "2026-11-02")).containsExactly("2026-11-02T17:00+01:00/2026-11-02T21:00+01:00");
    }

    @Test
    void openingHoursOfOneDayMayNotOverlap() {
        assertThatIllegalArgumentException().isThrownBy(() -> WeeklyHours.builder()
                .open(MONDAY, TimeRange.of("14:00", "18:00")).open(MONDAY, TimeRange.of("17:00", "21:00")));
        assertThatIllegalArgumentException().isThrownBy(() -> TimeRange.of("21:00", "17:00"));
    }
}
