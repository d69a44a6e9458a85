package be.clbchat.domain.statistics;

import java.util.OptionalDouble;

/**
 * An average over {@code n} values; empty when there are none. A protected mean (an average age or rating of a group)
 * is hidden when it rests on 1 to 4 values (on none it is empty).
 */
public record Mean(double sum, long n, boolean isProtected) {

    public static Mean of(double sum, long n) {
        return new Mean(sum, n, false);
    }

    public static Mean protectedMean(double sum, long n) {
        return new Mean(sum, n, true);
    }

    public boolean hidden() {
        return isProtected && Privacy.hides(n);
    }

    public OptionalDouble value() {
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / n);
    }
}
