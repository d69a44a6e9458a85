package be.clbchat.domain.schedule.roster;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.Objects;

/**
 * Fills the gaps with Timefold Solver: a construction heuristic, then local search until {@code limit}, or earlier
 * when the score has not improved for {@code unimproved}. Thread-safe; one solver per call.
 */
public final class RosterSolver {

    private final SolverFactory<Roster> factory;

    public RosterSolver(Duration limit, Duration unimproved) {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(unimproved, "unimproved");
        SolverConfig config = new SolverConfig()
                .withClassLoader(RosterSolver.class.getClassLoader())
                .withSolutionClass(Roster.class)
                .withEntityClasses(RosterSeat.class)
                .withConstraintProviderClass(RosterConstraints.class)
                .withTerminationConfig(new TerminationConfig()
                        .withSpentLimit(limit)
                        .withUnimprovedSpentLimit(unimproved));
        this.factory = SolverFactory.create(config);
    }

    public Roster solve(Roster problem) {
        return factory.buildSolver().solve(problem);
    }
}
