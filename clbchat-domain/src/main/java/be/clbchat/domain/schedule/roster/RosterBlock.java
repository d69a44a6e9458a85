package be.clbchat.domain.schedule.roster;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Objects;

/** A block as the solver sees it: when, how many are on it already, and what it needs. */
public final class RosterBlock {

    @PlanningId
    private final long blockId;
    private final ZonedDateTime start;
    private final ZonedDateTime end;
    private final long startSecond;
    private final long endSecond;
    private final YearMonth month;
    private final int filled;
    private final int min;
    private final int max;
    private final boolean needsMedical;
    private final boolean medicalOnIt;

    public RosterBlock(long blockId, ZonedDateTime start, ZonedDateTime end, int filled, int min, int max,
                       boolean needsMedical, boolean medicalOnIt) {
        this.blockId = blockId;
        this.start = Objects.requireNonNull(start, "start");
        this.end = Objects.requireNonNull(end, "end");
        this.startSecond = start.toEpochSecond();
        this.endSecond = end.toEpochSecond();
        this.month = YearMonth.from(start);
        this.filled = filled;
        this.min = min;
        this.max = max;
        this.needsMedical = needsMedical;
        this.medicalOnIt = medicalOnIt;
    }

    public long blockId() {
        return blockId;
    }

    public ZonedDateTime startTime() {
        return start;
    }

    public ZonedDateTime endTime() {
        return end;
    }

    public long start() {
        return startSecond;
    }

    public long end() {
        return endSecond;
    }

    public YearMonth month() {
        return month;
    }

    public int filled() {
        return filled;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    /** Still looking for a doctor or nurse. */
    public boolean lacksMedical() {
        return needsMedical && !medicalOnIt;
    }

    public boolean overlaps(RosterBlock other) {
        return startSecond < other.endSecond && other.startSecond < endSecond;
    }

    @Override
    public String toString() {
        return blockId + "@" + start;
    }
}
