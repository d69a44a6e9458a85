package be.clbchat.application.schedule;

import be.clbchat.application.line.LineService;
import be.clbchat.application.opening.OpeningRulesChanged;
import be.clbchat.domain.line.Line;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When opening rules or exceptions change, the planned blocks follow — on a worker thread, in a transaction of their
 * own, after the change is committed and (by the late priority) after the opening-hours cache has been dropped. A
 * failure is logged; the coordinator's "Blokken aanmaken" does the same by hand.
 */
@ApplicationScoped
public class BlocksFollowOpeningHours {

    private static final Logger LOG = Logger.getLogger(BlocksFollowOpeningHours.class.getName());
    private static final int ATTEMPTS = 3;

    private final AtomicLong followUps = new AtomicLong();

    @Inject
    private SchedulePlanningService planning;

    @Inject
    private LineService lines;

    @Resource
    private ManagedExecutorService executor;

    /** A few tries: a coordinator making blocks at the same moment can make the database pick this one to undo. */
    private void follow(String line) {
        for (int attempt = 1; ; attempt++) {
            try {
                planning.followOpeningHours(line);
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    LOG.log(Level.SEVERE, "Line " + line + ": blocks could not follow the new opening hours;"
                            + " a coordinator can press 'Blokken aanmaken' for the period", e);
                    return;
                }
                LOG.log(Level.WARNING, "Line " + line + ": following the new opening hours failed, trying again", e);
            }
        }
    }

    /**
     * Each follow-up is numbered and logged when it starts and when it is done, so that whoever changes the opening
     * hours (a test too) can see when the blocks have followed.
     */
    void openingChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS)
                        @Priority(Interceptor.Priority.APPLICATION + 900) OpeningRulesChanged changed) {
        long number = followUps.incrementAndGet();
        LOG.info(() -> "Blocks follow the opening hours: follow-up " + number + " started");
        executor.execute(() -> {
            try {
                List<String> affected = changed.line() == null
                        ? lines.allLines().stream().map(Line::code).toList() : List.of(changed.line());
                for (String line : affected) {
                    follow(line);
                }
            } finally {
                LOG.info(() -> "Blocks follow the opening hours: follow-up " + number + " done");
            }
        });
    }
}
