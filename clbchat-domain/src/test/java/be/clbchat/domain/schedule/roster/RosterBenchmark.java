package be.clbchat.domain.schedule.roster;

import be.clbchat.domain.opening.OpeningSchedule;
import be.clbchat.domain.opening.OpeningScheduleTest;
import be.clbchat.domain.schedule.BlockPlanner;
import be.clbchat.domain.schedule.DayKind;
import be.clbchat.domain.schedule.PlannedBlock;
import be.clbchat.domain.schedule.StaffingNeed;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The suggested roster on a generated trimester: the blocks of January to March 2027 from the real opening rules
 * (with the spring holiday), the school Wednesday split as in the issue, every other opening in default blocks; 185
 * operators, one in four medical, wishing 2 to 4 shifts a month (generated, not real people). Prints time, score and
 * what stayed unmet, for docs/performance.md.
 *
 * <p>{@code mvn -pl clbchat-domain -Proster-benchmark test-compile exec:exec} (limits as in production: 25 s, or 5 s
 * without improvement).
 */
public final class RosterBenchmark {

    private RosterBenchmark() {
    }

    public static void main(String[] args) {
        int operators = args.length > 0 ? Integer.parseInt(args[0]) : 185;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        OpeningSchedule schedule = OpeningScheduleTest.clbchat();
        LocalDate from = LocalDate.parse("2027-01-04");
        LocalDate to = LocalDate.parse("2027-03-31");
        Set<LocalDate> holidays = new HashSet<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (schedule.schoolHoliday(day).isPresent()) {
                holidays.add(day);
            }
        }
        List<BlockPlanner.Template> wednesday = List.of(
                new BlockPlanner.Template(DayKind.SCHOOL_DAY, DayOfWeek.WEDNESDAY, LocalTime.of(14, 0), LocalTime.of(17, 0),
                        StaffingNeed.DEFAULT),
                new BlockPlanner.Template(DayKind.SCHOOL_DAY, DayOfWeek.WEDNESDAY, LocalTime.of(16, 30), LocalTime.of(19, 0),
                        StaffingNeed.DEFAULT),
                new BlockPlanner.Template(DayKind.SCHOOL_DAY, DayOfWeek.WEDNESDAY, LocalTime.of(18, 30), LocalTime.of(21, 0),
                        StaffingNeed.DEFAULT));
        List<PlannedBlock> planned = new BlockPlanner(schedule.zone(), wednesday)
                .plan(schedule.intervals(from, to), holidays);
        List<RosterBlock> blocks = new ArrayList<>();
        long id = 1;
        for (PlannedBlock block : planned) {
            blocks.add(new RosterBlock(id++, block.start().atZone(schedule.zone()), block.end().atZone(schedule.zone()),
                    0, block.need().min(), block.need().max(), block.need().needsMedical(), false));
        }
        List<RosterOperator> team = new ArrayList<>();
        for (int i = 0; i < operators; i++) {
            team.add(new RosterOperator(String.format("operator-%03d", i), i % 4 == 0, 2 + i % 3, Map.of(), List.of()));
        }
        System.out.printf("Trimester %s..%s: %d blocks, %d open places, %d operators%n", from, to, blocks.size(),
                Roster.of(team, blocks).getSeats().size(), operators);
        RosterSolver solver = new RosterSolver(Duration.ofSeconds(25), Duration.ofSeconds(5));
        for (int run = 1; run <= runs; run++) {
            Roster problem = Roster.of(team, blocks);
            long started = System.nanoTime();
            Roster solved = solver.solve(problem);
            long millis = (System.nanoTime() - started) / 1_000_000;
            RosterReport report = RosterReport.of(solved);
            Map<Long, Long> perBlock = report.placements().stream().collect(
                    java.util.stream.Collectors.groupingBy(RosterReport.Placement::blockId,
                            java.util.stream.Collectors.counting()));
            long short_ = blocks.stream().filter(b -> perBlock.getOrDefault(b.blockId(), 0L) < b.min()).count();
            long empty = blocks.stream().filter(b -> perBlock.getOrDefault(b.blockId(), 0L) == 0).count();
            long fewest = blocks.stream().mapToLong(b -> perBlock.getOrDefault(b.blockId(), 0L)).min().orElse(0);
            System.out.printf("run %d: %d ms, score %s, %d placements, %d unmet; blocks short %d, empty %d,"
                    + " fewest on a block %d%n", run, millis, solved.getScore(), report.placements().size(),
                    report.unmet().size(), short_, empty, fewest);
            report.unmet().stream().limit(3).forEach(u -> System.out.println("  unmet: " + u.sentence()));
        }
    }
}
