package be.clbchat.web.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class ErrorsTest {

    private static RuntimeException failure(String where) {
        RuntimeException problem = new IllegalStateException("database gone");
        problem.setStackTrace(new StackTraceElement[] {new StackTraceElement("Repo", where, "Repo.java", 1)});
        return problem;
    }

    @Test
    void aRepeatedFailureIsLoggedOnceAMinuteAndSaysHowManyWereLeftOut() {
        Logger log = Logger.getLogger("ErrorsTest." + System.nanoTime());
        log.setUseParentHandlers(false);
        List<LogRecord> records = new ArrayList<>();
        log.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        long start = 1_000_000_000_000L;
        String where = "lock" + System.nanoTime();
        for (int i = 0; i < 300; i++) { // every 200 ms for a minute
            Errors.logAtMostOnceAMinute(failure(where), "A chat frame failed", log, start + i * 200_000_000L);
        }
        assertThat(records).hasSize(1);
        assertThat(records.get(0).getThrown()).hasMessage("database gone");

        Errors.logAtMostOnceAMinute(failure("elsewhere" + where), "A chat frame failed", log, start + 1);
        assertThat(records).as("another kind of failure is its own line").hasSize(2);

        Errors.logAtMostOnceAMinute(failure(where), "A chat frame failed", log, start + Errors.LOG_EVERY_NANOS);
        assertThat(records).hasSize(3);
        assertThat(records.get(2).getMessage()).contains("299 more of this kind in the last minute");
    }

    @Test
    void aLostDatabaseConnectionIsSomethingToTryAgainAndOtherFailuresAreNot() {
        RuntimeException lost = new IllegalStateException("persistence failed",
                new RuntimeException("Exception [EclipseLink-4002]",
                        new java.sql.SQLNonTransientConnectionException("Socket fail to connect", "08000")));
        RuntimeException bySqlState = new RuntimeException(new java.sql.SQLException("Connection reset", "08S01"));
        RuntimeException constraint = new RuntimeException(
                new java.sql.SQLIntegrityConstraintViolationException("Duplicate entry", "23000"));

        assertThat(Errors.databaseAway(lost)).isTrue();
        assertThat(Errors.databaseAway(bySqlState)).isTrue();
        assertThat(Errors.databaseAway(constraint)).isFalse();
        assertThat(Errors.databaseAway(new IllegalStateException("bug"))).isFalse();

        Logger quiet = Logger.getLogger("ErrorsTest.quiet");
        quiet.setUseParentHandlers(false);
        String frame = Errors.frame(lost, null, InboundFrame.parse(
                "{\"type\":\"send\",\"clientMsgId\":\"6d1f0a4e-8a39-4d5e-9d1c-0c6a7e1f2b3c\",\"text\":\"hoi\"}"),
                quiet);
        assertThat(frame).contains("\"code\":\"try-again\"").contains("nog niet bewaard")
                .contains("6d1f0a4e-8a39-4d5e-9d1c-0c6a7e1f2b3c");
        assertThat(Errors.frame(constraint, null, null, quiet)).contains("\"code\":\"server-error\"");
    }
}
