package be.clbchat.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import be.clbchat.domain.opening.OpeningException;
import be.clbchat.domain.opening.OpeningSchedule;
import be.clbchat.domain.opening.OpeningScheduleTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BlockPlannerTest {

    private static final ZoneId BRUSSELS = OpeningScheduleTest.BRUSSELS;
    private static final StaffingNeed EVENING = new StaffingNeed(5, 6, true);

    /** A school Wednesday as in the issue, and Mondays of the Christmas holiday. */
    private static final List<BlockPlanner.Template> TEMPLATES = List.of(
            template(DayKind.SCHOOL_DAY, DayOfWeek.WEDNESDAY, "14:00", "17:00", StaffingNeed.DEFAULT),
            template(DayKind.SCHOOL_DAY, DayOfWeek.WEDNESDAY, "16:30", "19:00", StaffingNeed.DEFAULT),
            template(DayKind.SCHOOL_DAY, DayOfWeek.WEDNESDAY, "18:30", "21:00", EVENING),
            template(DayKind.HOLIDAY, DayOfWeek.MONDAY, "14:00", "17:30", StaffingNeed.DEFAULT),
            template(DayKind.HOLIDAY, DayOfWeek.MONDAY, "17:30", "21:00", StaffingNeed.DEFAULT),
            template(DayKind.SCHOOL_DAY, DayOfWeek.THURSDAY, "16:00", "19:00", StaffingNeed.DEFAULT));

    private static BlockPlanner.Template template(DayKind kind, DayOfWeek day, String from, String to,
                                                 StaffingNeed need) {
        return new BlockPlanner.Template(kind, day, LocalTime.parse(from), LocalTime.parse(to), need);
    }

    private static List<String> blocksOn(String day, OpeningSchedule schedule) {
        LocalDate date = LocalDate.parse(day);
        Set<LocalDate> holidays = new HashSet<>();
        for (LocalDate d = date.minusDays(1); !d.isAfter(date.plusDays(1)); d = d.plusDays(1)) {
            if (schedule.schoolHoliday(d).isPresent()) {
                holidays.add(d);
            }
        }
        return new BlockPlanner(BRUSSELS, TEMPLATES).plan(schedule.intervals(date, date), holidays).stream()
                .map(b -> LocalDateTime.ofInstant(b.start(), BRUSSELS).toLocalTime() + "-"
                        + LocalDateTime.ofInstant(b.end(), BRUSSELS).toLocalTime() + " " + b.origin()
                        + " " + b.need().min() + "-" + b.need().max())
                .toList();
    }

    @Test
    void aSchoolWednesdayFollowsItsTemplateWithOverlapsForTheHandOver() {
        assertThat(blocksOn("2026-11-25", OpeningScheduleTest.clbchat())).containsExactly(
                "14:00-17:00 TEMPLATE 4-6", "16:30-19:00 TEMPLATE 4-6", "18:30-21:00 TEMPLATE 5-6");
    }

    @Test
    void aDayWithoutTemplateGetsBlocksOfAtMostThreeHours() {
        assertThat(blocksOn("2026-11-23", OpeningScheduleTest.clbchat())).containsExactly(
                "17:00-19:00 OPENING 4-6", "19:00-21:00 OPENING 4-6");
    }

    @Test
    void aTemplateIsCutToTheOpeningAndTheRestOfTheOpeningStillGetsABlock() {
        assertThat(blocksOn("2026-11-26", OpeningScheduleTest.clbchat())).containsExactly(
                "17:00-19:00 TEMPLATE 4-6", "19:00-21:00 OPENING 4-6");
    }

    @Test
    void aHolidayMondayUsesTheHolidayTemplate() {
        assertThat(blocksOn("2026-12-21", OpeningScheduleTest.clbchat())).containsExactly(
                "14:00-17:30 TEMPLATE 4-6", "17:30-21:00 TEMPLATE 4-6");
    }

    @Test
    void closuresAndPublicHolidaysHaveNoBlocks() {
        assertThat(blocksOn("2026-12-28", OpeningScheduleTest.clbchat())).as("Christmas closure").isEmpty();
        assertThat(blocksOn("2026-11-11", OpeningScheduleTest.clbchat())).as("11 November").isEmpty();
        assertThat(blocksOn("2026-11-27", OpeningScheduleTest.clbchat())).as("a Friday").isEmpty();
    }

    @Test
    void anExtraOpeningAfterAnIncidentGetsBlocks() {
        OpeningException incident = new OpeningException(1,
                LocalDateTime.parse("2026-11-27T18:00").atZone(BRUSSELS).toInstant(),
                LocalDateTime.parse("2026-11-27T22:30").atZone(BRUSSELS).toInstant(),
                OpeningException.Kind.OPEN, "na een incident");
        assertThat(blocksOn("2026-11-27", OpeningScheduleTest.clbchat(incident))).containsExactly(
                "18:00-20:15 OPENING 4-6", "20:15-22:30 OPENING 4-6");
    }

    @Test
    void anExtraClosureTakesItsBlocksAway() {
        OpeningException closed = new OpeningException(2,
                LocalDateTime.parse("2026-11-25T14:00").atZone(BRUSSELS).toInstant(),
                LocalDateTime.parse("2026-11-25T18:00").atZone(BRUSSELS).toInstant(),
                OpeningException.Kind.CLOSED, "studiedag");
        assertThat(blocksOn("2026-11-25", OpeningScheduleTest.clbchat(closed))).containsExactly(
                "18:00-19:00 TEMPLATE 4-6", "18:30-21:00 TEMPLATE 5-6");
    }

    @Test
    void aTermGetsBlocksOnEveryOpenDayOnly() {
        OpeningSchedule schedule = OpeningScheduleTest.clbchat();
        LocalDate from = LocalDate.parse("2026-09-01");
        LocalDate to = LocalDate.parse("2026-12-31");
        Set<LocalDate> holidays = new HashSet<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (schedule.schoolHoliday(d).isPresent()) {
                holidays.add(d);
            }
        }
        List<PlannedBlock> blocks = new BlockPlanner(BRUSSELS, TEMPLATES).plan(schedule.intervals(from, to), holidays);
        assertThat(blocks).allSatisfy(block -> assertThat(schedule.status(block.start()).open()).isTrue());
        assertThat(blocks).noneMatch(block -> LocalDate.ofInstant(block.start(), BRUSSELS).getDayOfWeek()
                .compareTo(DayOfWeek.FRIDAY) >= 0);
        assertThat(blocks).hasSizeGreaterThan(100);
    }

    @Test
    void twoTemplatesCutToTheSameShortOpeningMakeOneBlockWithTheLargerNeed() {
        OpeningException shortFriday = new OpeningException(3,
                LocalDateTime.parse("2026-11-27T14:00").atZone(BRUSSELS).toInstant(),
                LocalDateTime.parse("2026-11-27T16:00").atZone(BRUSSELS).toInstant(),
                OpeningException.Kind.OPEN, "kort");
        List<BlockPlanner.Template> friday = List.of(
                template(DayKind.SCHOOL_DAY, DayOfWeek.FRIDAY, "13:00", "16:00", new StaffingNeed(2, 3, false)),
                template(DayKind.SCHOOL_DAY, DayOfWeek.FRIDAY, "14:00", "17:00", new StaffingNeed(4, 6, true)));
        OpeningSchedule schedule = OpeningScheduleTest.clbchat(shortFriday);
        LocalDate day = LocalDate.parse("2026-11-27");
        List<PlannedBlock> blocks = new BlockPlanner(BRUSSELS, friday).plan(schedule.intervals(day, day), Set.of());
        assertThat(blocks).singleElement().satisfies(block -> {
            assertThat(block.need()).isEqualTo(new StaffingNeed(4, 6, true));
            assertThat(block.origin()).isEqualTo(BlockOrigin.TEMPLATE);
        });
    }
}
