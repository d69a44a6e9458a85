package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's follow-ups of the planned blocks after an opening-hours change, as its log numbers them ("follow-up 7
 * started", "follow-up 7 done"): a test that changed the opening hours waits until they are all done.
 */
final class BlockFollowUps {

    private static final Pattern LINE = Pattern.compile("Blocks follow the opening hours: follow-up (\\d+) (started|done)");

    private BlockFollowUps() {
    }

    /** The number of the last follow-up started so far in this run of the server (0: none). */
    static long started() {
        return read().started().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** Waits until follow-up {@code number} has started and every follow-up started is done. */
    static void awaitDone(long number) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            Seen seen = read();
            long last = seen.started().stream().mapToLong(Long::longValue).max().orElse(0);
            if (last >= number && seen.done().containsAll(seen.started())) {
                return;
            }
            assertThat(System.nanoTime()).as("the blocks' follow-up %d done (started %s, done %s)", number,
                    seen.started(), seen.done()).isLessThan(until);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Waits until every follow-up started so far is done: for a test that changed opening hours on a page. */
    static void awaitQuiet() {
        awaitDone(started());
    }

    private record Seen(Set<Long> started, Set<Long> done) {
    }

    /**
     * The follow-ups in the server's current messages.log: a restart starts a new log and numbers from 1 again.
     */
    private static Seen read() {
        Set<Long> started = new HashSet<>();
        Set<Long> done = new HashSet<>();
        try {
            // Decoded leniently: the server may be writing the last line.
            for (String line : new String(Files.readAllBytes(ItServer.serverDir().resolve("logs/messages.log")),
                    java.nio.charset.StandardCharsets.UTF_8).lines().toList()) {
                Matcher matcher = LINE.matcher(line);
                if (matcher.find()) {
                    (matcher.group(2).equals("started") ? started : done).add(Long.parseLong(matcher.group(1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Seen(started, done);
    }
}
