package be.clbchat.domain.opening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Targets of the opening-hours issue: all intervals of one school year within 5 ms, and an open-now answer within
 * 1 µs after warm-up. Run: {@code mvn -pl clbchat-domain -Pbenchmark test-compile exec:exec}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class OpeningScheduleBenchmark {

    private OpeningSchedule schedule;
    private OpeningTimeline timeline;
    private Instant[] moments;
    private int next;

    @Setup
    public void setUp() {
        schedule = new OpeningSchedule(OpeningScheduleTest.BRUSSELS,
                List.of(OpeningScheduleTest.RULES_2016, OpeningScheduleTest.RULES_2017), Map.of(),
                List.of(new OpeningException(1, Instant.parse("2026-11-27T16:00:00Z"),
                        Instant.parse("2026-11-27T20:00:00Z"), OpeningException.Kind.OPEN, "extra vrijdag")));
        timeline = OpeningTimeline.of(schedule, LocalDate.parse("2026-09-01"), LocalDate.parse("2027-10-05"));
        moments = new Instant[1024];
        Instant start = Instant.parse("2026-09-01T00:00:00Z");
        for (int i = 0; i < moments.length; i++) {
            moments[i] = start.plusSeconds(i * 30_803L); // spread over the year, all times of day
        }
    }

    /** Every opening of school year 2026-2027, computed from the rules (no cache). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<OpeningInterval> intervalsOfASchoolYear() {
        return new OpeningSchedule(schedule.zone(), List.of(OpeningScheduleTest.RULES_2016,
                OpeningScheduleTest.RULES_2017), Map.of(), List.of())
                .intervals(LocalDate.parse("2026-09-01"), LocalDate.parse("2027-08-31"));
    }

    /** "Open now?" as the status API answers it, from the timeline. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public boolean openNow() {
        Instant moment = moments[next++ & (moments.length - 1)];
        return timeline.isOpen(moment);
    }
}
