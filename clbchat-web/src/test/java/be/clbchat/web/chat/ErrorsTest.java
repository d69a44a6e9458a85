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
            Errors.logAtMostOnceAMinute(failure(where), null, log, start + i * 200_000_000L);
        }
        assertThat(records).hasSize(1);
        assertThat(records.get(0).getThrown()).hasMessage("database gone");

        Errors.logAtMostOnceAMinute(failure("elsewhere" + where), null, log, start + 1);
        assertThat(records).as("another kind of failure is its own line").hasSize(2);

        Errors.logAtMostOnceAMinute(failure(where), null, log, start + Errors.LOG_EVERY_NANOS);
        assertThat(records).hasSize(3);
        assertThat(records.get(2).getMessage()).contains("299 more of this kind in the last minute");
    }
}
