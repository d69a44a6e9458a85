package be.clbchat.domain.schedule.roster;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

/** The staffing rules as the solver weighs them. Names are what a coordinator reads in a score explanation. */
public class RosterConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            twoBlocksAtOnce(factory),
            alreadyOnShiftThen(factory),
            aboveMonthlyWish(factory),
            medicSeatForNonMedic(factory),
            blockShort(factory),
            blockWithoutMedic(factory),
            spreadFairly(factory)
        };
    }

    Constraint twoBlocksAtOnce(ConstraintFactory factory) {
        return factory.forEachUniquePair(RosterSeat.class,
                        Joiners.equal(RosterSeat::getOperator),
                        Joiners.overlapping(RosterSeat::start, RosterSeat::end))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint("twee blokken tegelijk");
    }

    Constraint alreadyOnShiftThen(ConstraintFactory factory) {
        return factory.forEach(RosterSeat.class)
                .filter(seat -> seat.getOperator().busyDuring(seat.getBlock()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint("op dat moment al ingepland");
    }

    Constraint aboveMonthlyWish(ConstraintFactory factory) {
        return factory.forEach(RosterSeat.class)
                .groupBy(RosterSeat::getOperator, seat -> seat.getBlock().month(), count())
                .filter((operator, month, added) -> operator.plannedIn(month) + added > operator.wish())
                .penalize(HardMediumSoftScore.ONE_HARD, (operator, month, added) ->
                        Math.min(added, operator.plannedIn(month) + added - operator.wish()))
                .asConstraint("meer shifts dan gewenst in een maand");
    }

    Constraint medicSeatForNonMedic(ConstraintFactory factory) {
        return factory.forEach(RosterSeat.class)
                .filter(seat -> seat.isForMedic() && !seat.getOperator().medical())
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint("extra plaats enkel voor arts of verpleegkundige");
    }

    /**
     * Squared per block: when there are too few people, three blocks one short are better than one block empty —
     * an empty block is an evening without chat.
     */
    Constraint blockShort(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(RosterSeat.class)
                .filter(seat -> !seat.isForMedic() && seat.getOperator() == null)
                .groupBy(RosterSeat::getBlock, count())
                .penalize(HardMediumSoftScore.ONE_MEDIUM, (block, missing) -> missing * missing)
                .asConstraint("blok onder het minimum");
    }

    Constraint blockWithoutMedic(ConstraintFactory factory) {
        return factory.forEach(RosterBlock.class)
                .filter(RosterBlock::lacksMedical)
                .ifNotExists(RosterSeat.class,
                        Joiners.equal(block -> block, RosterSeat::getBlock),
                        Joiners.filtering((block, seat) -> seat.getOperator().medical()))
                .penalize(HardMediumSoftScore.ONE_MEDIUM)
                .asConstraint("blok zonder arts of verpleegkundige");
    }

    /** The cost of one more shift grows with what someone already has, measured against their wish. */
    Constraint spreadFairly(ConstraintFactory factory) {
        return factory.forEach(RosterSeat.class)
                .groupBy(RosterSeat::getOperator, count())
                .penalize(HardMediumSoftScore.ONE_SOFT, (operator, added) -> {
                    int before = operator.plannedTotal();
                    int after = before + added;
                    return (after * after - before * before) * 100 / Math.max(1, operator.wish());
                })
                .asConstraint("eerlijk verdeeld");
    }
}
