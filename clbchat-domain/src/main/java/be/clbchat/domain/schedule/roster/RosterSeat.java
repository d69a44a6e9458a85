package be.clbchat.domain.schedule.roster;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * One open place on a block that the solver may fill with an operator, or leave open when no one can take it
 * within the rules. A place "for a medic" is one beyond the minimum, only there to bring a doctor or nurse in.
 */
@PlanningEntity
public class RosterSeat {

    @PlanningId
    private long id;
    private RosterBlock block;
    private boolean forMedic;

    @PlanningVariable(allowsUnassigned = true)
    private RosterOperator operator;

    public RosterSeat() {
        // for the solver's cloning
    }

    public RosterSeat(long id, RosterBlock block, boolean forMedic) {
        this.id = id;
        this.block = block;
        this.forMedic = forMedic;
    }

    public long getId() {
        return id;
    }

    public RosterBlock getBlock() {
        return block;
    }

    public boolean isForMedic() {
        return forMedic;
    }

    public RosterOperator getOperator() {
        return operator;
    }

    public void setOperator(RosterOperator operator) {
        this.operator = operator;
    }

    public long start() {
        return block.start();
    }

    public long end() {
        return block.end();
    }

    @Override
    public String toString() {
        return block + "#" + id + "=" + operator;
    }
}
