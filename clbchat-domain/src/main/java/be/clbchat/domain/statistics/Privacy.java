package be.clbchat.domain.statistics;

/**
 * The one rule of every figure that breaks chats down (by gender, age, theme, outcome, how they found us, rating): a
 * figure resting on fewer than {@link #MIN} chats is never shown as a number but as {@link #FEWER}. A zero is shown:
 * it says nothing about anyone.
 */
public final class Privacy {

    public static final int MIN = 5;
    public static final String FEWER = "< 5";

    private Privacy() {
    }

    /** Whether a count of {@code count} chats must be hidden. */
    public static boolean hides(long count) {
        return count > 0 && count < MIN;
    }
}
