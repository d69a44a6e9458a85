package be.clbchat.web.chat;

import be.clbchat.domain.Refusal;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns whatever went wrong with a frame into an error frame. Only the unexpected is logged, and each kind of failure
 * (its exception and where it was thrown) at most once a minute with its stack trace: a client that repeats a failing
 * frame every 200 ms must not fill the disk. The next line says how many were left out.
 */
final class Errors {

    static final long LOG_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);
    private static final Map<String, Logged> LOGGED = new ConcurrentHashMap<>();

    private Errors() {
    }

    static String frame(RuntimeException problem, UUID chatId, InboundFrame frame, Logger log) {
        String clientMsgId = frame == null ? null : frame.clientMsgIdIfAny().orElse(null);
        if (problem instanceof Refusal refusal) {
            return Frames.error(refusal.code(), refusal.getMessage(), chatId, clientMsgId);
        }
        if (databaseAway(problem)) {
            logAtMostOnceAMinute(problem, "The database could not be reached for a chat frame", log,
                    System.nanoTime());
            // Nothing was stored (the transaction did not commit): the client sends it again with the same id.
            return Frames.error("try-again", clientMsgId != null
                    ? "We hebben even een storing: je bericht is nog niet bewaard. We proberen het zo vanzelf opnieuw."
                    : "We hebben even een storing. Probeer het over een minuutje opnieuw.", chatId, clientMsgId);
        }
        logAtMostOnceAMinute(problem, "A chat frame failed" + (chatId == null ? "" : " in chat " + chatId), log,
                System.nanoTime());
        return Frames.error("server-error", "Er ging iets mis bij ons. Er is niets bewaard; probeer het opnieuw.",
                chatId, clientMsgId);
    }

    /**
     * Whether the failure is the database being away (no connection, or one lost): something to try again, not a
     * fault of the frame. SQL state class 08 is "connection exception"; the pool's wait timeout is transient.
     */
    static boolean databaseAway(Throwable problem) {
        for (Throwable cause = problem; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.sql.SQLNonTransientConnectionException
                    || cause instanceof java.sql.SQLRecoverableException
                    || cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /** Whether it was logged (false: a failure of the same kind was logged less than a minute ago). */
    static boolean logAtMostOnceAMinute(RuntimeException problem, String what, Logger log, long now) {
        StackTraceElement[] trace = problem.getStackTrace();
        String kind = problem.getClass().getName() + (trace.length == 0 ? "" : "@" + trace[0]);
        Logged logged = LOGGED.computeIfAbsent(kind, key -> new Logged());
        synchronized (logged) {
            if (logged.count > 0 && now - logged.atNanos < LOG_EVERY_NANOS) {
                logged.leftOut.incrementAndGet();
                return false;
            }
            int leftOut = logged.leftOut.getAndSet(0);
            logged.atNanos = now;
            logged.count++;
            log.log(Level.WARNING, what
                    + (leftOut == 0 ? "" : " (" + leftOut + " more of this kind in the last minute, not logged)"),
                    problem);
            return true;
        }
    }

    private static final class Logged {
        private long atNanos;
        private long count;
        private final AtomicInteger leftOut = new AtomicInteger();
    }
}
