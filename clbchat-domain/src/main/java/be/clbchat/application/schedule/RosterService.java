package be.clbchat.application.schedule;

import be.clbchat.domain.Refusal;
import be.clbchat.domain.schedule.RosterProposal;
import be.clbchat.domain.schedule.roster.Roster;
import be.clbchat.domain.schedule.roster.RosterReport;
import be.clbchat.domain.schedule.roster.RosterSolver;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The suggested roster: read the gaps (one transaction), solve them without holding the database, store the proposal
 * (another); then take it over placement by placement, each in its own transaction, so that one that no longer fits
 * does not undo the others.
 */
@ApplicationScoped
public class RosterService {

    private static final Logger LOG = Logger.getLogger(RosterService.class.getName());
    static final String SECONDS = "CLBCHAT_ROSTER_SECONDS";
    static final String UNIMPROVED_SECONDS = "CLBCHAT_ROSTER_UNIMPROVED_SECONDS";

    /** One solver at a time: it takes a core, and the server has chats to serve. */
    private final Semaphore solving = new Semaphore(1);

    @Inject
    private SchedulePlanningService planning;

    @Inject
    private Config config;

    private RosterSolver solver;

    @PostConstruct
    void start() {
        solver = new RosterSolver(Duration.ofSeconds(config.getOptionalValue(SECONDS, Long.class).orElse(25L)),
                Duration.ofSeconds(config.getOptionalValue(UNIMPROVED_SECONDS, Long.class).orElse(5L)));
    }

    public RosterProposal propose(String line, LocalDate from, LocalDate to, String by) {
        if (!solving.tryAcquire()) {
            throw Refusal.conflict("solver-busy",
                    "Er wordt al een voorstel berekend; probeer het zo meteen opnieuw.");
        }
        try {
            Roster problem = planning.rosterProblem(line, from, to);
            long started = System.nanoTime();
            Roster solved = problem.getSeats().isEmpty() ? problem : solver.solve(problem);
            long millis = (System.nanoTime() - started) / 1_000_000;
            String score = solved.getScore() == null ? "0hard/0medium/0soft" : solved.getScore().toString();
            RosterReport report = RosterReport.of(solved);
            LOG.info(() -> "Roster for " + line + " " + from + ".." + to + ": " + problem.getSeats().size()
                    + " open places, " + problem.getOperators().size() + " operators, " + millis + " ms, " + score);
            return planning.storeProposal(line, from, to, report, score, millis, by);
        } finally {
            solving.release();
        }
    }

    /** The outcome of taking placements over: how many, and why the others could not be. */
    public record Accepted(int accepted, List<String> refused) {
    }

    /** Takes over the given placements ("blockId:username"), or every open one when {@code keys} is null. */
    public Accepted accept(long proposalId, Collection<String> keys, String by) {
        Collection<String> chosen = keys == null ? planning.openItems(proposalId) : keys;
        int accepted = 0;
        List<String> refused = new ArrayList<>();
        for (String key : chosen) {
            int colon = key.indexOf(':');
            long blockId;
            try {
                blockId = Long.parseLong(key.substring(0, Math.max(0, colon)));
            } catch (NumberFormatException e) {
                throw Refusal.invalid("invalid-item",
                        "Onbekende plaatsing '" + key + "'.");
            }
            var refusal = planning.acceptItem(proposalId, blockId, key.substring(colon + 1), by);
            if (refusal.isPresent()) {
                refused.add(key.substring(colon + 1) + ": " + refusal.get());
            } else {
                accepted++;
            }
        }
        return new Accepted(accepted, refused);
    }
}
