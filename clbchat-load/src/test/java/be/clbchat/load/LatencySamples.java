package be.clbchat.load;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The latencies of one measure, kept whole (a run has tens of thousands, not millions) so that the percentiles are
 * exact. Thread-safe: samples come from Gatling's event loops. Times are microseconds on one clock per measure.
 */
final class LatencySamples {

    /** What {@link #summary()} reports; times in milliseconds, NaN when nothing was answered. */
    record Summary(long expected, int answered, double p50Ms, double p99Ms, double maxMs, double perSecond) {

        long lost() {
            return Math.max(0, expected - answered);
        }
    }

    private final AtomicLong expected = new AtomicLong();
    private long[] micros = new long[4096];
    private int count;
    private long firstStart = Long.MAX_VALUE;
    private long lastEnd = Long.MIN_VALUE;

    /** One more sample is due, e.g. a message was sent; the difference to the samples is what was lost. */
    void expect() {
        expected.incrementAndGet();
    }

    synchronized void record(long startMicros, long endMicros) {
        if (count == micros.length) {
            micros = Arrays.copyOf(micros, count * 2);
        }
        micros[count++] = Math.max(0, endMicros - startMicros);
        firstStart = Math.min(firstStart, startMicros);
        lastEnd = Math.max(lastEnd, endMicros);
    }

    /** Percentiles by nearest rank; the rate is answers per second from the first send to the last answer. */
    synchronized Summary summary() {
        if (count == 0) {
            return new Summary(expected.get(), 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        double windowSeconds = Math.max(1, lastEnd - firstStart) / 1_000_000d;
        return new Summary(expected.get(), count, percentile(sorted, 0.50) / 1000d, percentile(sorted, 0.99) / 1000d,
                sorted[count - 1] / 1000d, count / windowSeconds);
    }

    private static long percentile(long[] sorted, double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
    }
}
