package be.clbchat.domain.schedule;

import java.time.Instant;
import java.util.Objects;

/** A block the templates and the opening hours call for, before it is stored as a {@link ShiftBlock}. */
public record PlannedBlock(Instant start, Instant end, StaffingNeed need, BlockOrigin origin) {

    public PlannedBlock {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(need, "need");
        Objects.requireNonNull(origin, "origin");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A block ends after it starts");
        }
    }

    public boolean sameTimes(ShiftBlock block) {
        return start.equals(block.startsAt()) && end.equals(block.endsAt());
    }
}
