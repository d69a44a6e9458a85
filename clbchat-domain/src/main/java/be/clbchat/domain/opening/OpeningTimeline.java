package be.clbchat.domain.opening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * The openings of a stretch of days flattened into sorted arrays, so that "open now?" is a binary search: the
 * answer a visitor's page asks for over and over. Rebuilt whenever a rule or exception changes.
 */
public final class OpeningTimeline {

    private final long[] starts;
    private final long[] ends;
    private final long coversFrom;
    private final long coversUntil;

    private OpeningTimeline(long[] starts, long[] ends, long coversFrom, long coversUntil) {
        this.starts = starts;
        this.ends = ends;
        this.coversFrom = coversFrom;
        this.coversUntil = coversUntil;
    }

    public static OpeningTimeline of(OpeningSchedule schedule, LocalDate from, LocalDate to) {
        List<OpeningInterval> intervals = schedule.intervals(from, to);
        long[] starts = new long[intervals.size()];
        long[] ends = new long[intervals.size()];
        for (int i = 0; i < intervals.size(); i++) {
            starts[i] = intervals.get(i).start().toEpochSecond();
            ends[i] = intervals.get(i).end().toEpochSecond();
        }
        return new OpeningTimeline(starts, ends, from.atStartOfDay(schedule.zone()).toEpochSecond(),
                to.plusDays(1).atStartOfDay(schedule.zone()).toEpochSecond());
    }

    /** Whether this timeline can answer for that moment (and the year after it). */
    public boolean covers(Instant at) {
        long second = at.getEpochSecond();
        return second >= coversFrom && second < coversUntil;
    }

    public boolean isOpen(Instant at) {
        return closesAt(at).isPresent();
    }

    /** When open at {@code at}: the epoch second the opening ends. */
    public OptionalLong closesAt(Instant at) {
        long second = at.getEpochSecond();
        int index = Arrays.binarySearch(starts, second);
        int candidate = index >= 0 ? index : -index - 2;
        if (candidate >= 0 && second < ends[candidate]) {
            return OptionalLong.of(ends[candidate]);
        }
        return OptionalLong.empty();
    }

    /** Whether an opening ending at {@code epochSecond} may go on beyond this timeline (it was cut at its edge). */
    public boolean endsAtItsEdge(long epochSecond) {
        return epochSecond >= coversUntil;
    }

    /** The epoch second of the first opening that starts after {@code at}, if within this timeline. */
    public OptionalLong nextOpening(Instant at) {
        long second = at.getEpochSecond();
        int index = Arrays.binarySearch(starts, second + 1);
        int next = index >= 0 ? index : -index - 1;
        return next < starts.length ? OptionalLong.of(starts[next]) : OptionalLong.empty();
    }
}
