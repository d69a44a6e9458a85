package be.clbchat.domain.chat;

import java.time.Duration;

/**
 * How the visitor's page says how long a transcript is kept, in plain Dutch, from the one setting that also drives
 * the retention job: "6 weken", "1 week", "10 dagen", "1 jaar".
 */
public final class RetentionWording {

    private RetentionWording() {
    }

    public static String inDutch(Duration retention) {
        long days = retention.toDays();
        if (days < 1) {
            throw new IllegalArgumentException("A transcript is kept at least a day: " + retention);
        }
        if (days == 365 || days == 366) {
            return "1 jaar";
        }
        if (days % 7 == 0) {
            long weeks = days / 7;
            return weeks + (weeks == 1 ? " week" : " weken");
        }
        return days + (days == 1 ? " dag" : " dagen");
    }
}
