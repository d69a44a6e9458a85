package be.clbchat.domain.schedule.roster;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An operator the solver may put on a block: medical or not, the shifts a month they wish, and what they already have
 * (blocks they are on and how many a month) — those are fixed, the proposal only adds.
 */
public final class RosterOperator {

    /** One block an operator is already on, in epoch seconds. */
    public record Busy(long start, long end) {
    }

    @PlanningId
    private final String username;
    private final boolean medical;
    private final int wish;
    private final Map<YearMonth, Integer> planned;
    private final List<Busy> busy;
    private final int plannedTotal;

    public RosterOperator(String username, boolean medical, int wish, Map<YearMonth, Integer> planned,
                          List<Busy> busy) {
        this.username = Objects.requireNonNull(username, "username");
        this.medical = medical;
        this.wish = wish;
        this.planned = Map.copyOf(planned);
        this.busy = List.copyOf(busy);
        this.plannedTotal = this.planned.values().stream().mapToInt(Integer::intValue).sum();
    }

    public String username() {
        return username;
    }

    public boolean medical() {
        return medical;
    }

    public int wish() {
        return wish;
    }

    public int plannedIn(YearMonth month) {
        return planned.getOrDefault(month, 0);
    }

    public int plannedTotal() {
        return plannedTotal;
    }

    public boolean busyDuring(RosterBlock block) {
        for (Busy shift : busy) {
            if (shift.start() < block.end() && block.start() < shift.end()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return username;
    }
}
