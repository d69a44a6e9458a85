package be.clbchat.domain.schedule.roster;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import java.util.ArrayList;
import java.util.List;

/**
 * The gaps of a period as a planning problem: one seat per missing operator on every block (plus one for a medic where
 * a block at its minimum still lacks one), the operators who may fill them, and the score of a proposal — hard: nobody
 * on two blocks at once, nobody above their monthly wish; medium: blocks short (squared, so that a shortage is spread) or without a medic; soft: shifts spread
 * over the operators in proportion to what they wished.
 */
@PlanningSolution
public class Roster {

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<RosterOperator> operators;

    @ProblemFactCollectionProperty
    private List<RosterBlock> blocks;

    @PlanningEntityCollectionProperty
    private List<RosterSeat> seats;

    @PlanningScore
    private HardMediumSoftScore score;

    public Roster() {
        // for the solver's cloning
    }

    public Roster(List<RosterOperator> operators, List<RosterBlock> blocks, List<RosterSeat> seats) {
        this.operators = operators;
        this.blocks = blocks;
        this.seats = seats;
    }

    /** The seats the gaps of these blocks call for. */
    public static Roster of(List<RosterOperator> operators, List<RosterBlock> blocks) {
        List<RosterSeat> seats = new ArrayList<>();
        long id = 0;
        for (RosterBlock block : blocks) {
            int missing = Math.max(0, block.min() - block.filled());
            for (int i = 0; i < missing; i++) {
                seats.add(new RosterSeat(id++, block, false));
            }
            if (block.lacksMedical() && block.filled() + missing < block.max()) {
                seats.add(new RosterSeat(id++, block, true));
            }
        }
        return new Roster(List.copyOf(operators), List.copyOf(blocks), seats);
    }

    public List<RosterOperator> getOperators() {
        return operators;
    }

    public List<RosterBlock> getBlocks() {
        return blocks;
    }

    public List<RosterSeat> getSeats() {
        return seats;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
