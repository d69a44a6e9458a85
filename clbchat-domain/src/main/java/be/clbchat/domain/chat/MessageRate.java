package be.clbchat.domain.chat;

/**
 * Flood control for one connection, as a token bucket: a burst of {@code burst} frames, then {@code perSecond} a
 * second. Refused frames count as strikes; a client that keeps going regardless is cut off. Not thread-safe: one
 * per connection, used from that connection's messages.
 */
public final class MessageRate {

    public enum Verdict { ALLOWED, REFUSED, CUT_OFF }

    private final double burst;
    private final double perNano;
    private final int strikesAllowed;
    private double tokens;
    private long lastNanos;
    private int strikes;

    public MessageRate(int burst, double perSecond, int strikesAllowed, long nowNanos) {
        if (burst < 1 || perSecond <= 0 || strikesAllowed < 1) {
            throw new IllegalArgumentException("A rate needs a burst, a rate and strikes above zero");
        }
        this.burst = burst;
        this.perNano = perSecond / 1_000_000_000d;
        this.strikesAllowed = strikesAllowed;
        this.tokens = burst;
        this.lastNanos = nowNanos;
    }

    /** The usual rate for chat messages: a burst of 8, then 2 a second; 20 refusals in a row cut off. */
    public static MessageRate forChatMessages(long nowNanos) {
        return new MessageRate(8, 2, 20, nowNanos);
    }

    public Verdict attempt(long nowNanos) {
        tokens = Math.min(burst, tokens + Math.max(0, nowNanos - lastNanos) * perNano);
        lastNanos = nowNanos;
        if (tokens >= 1) {
            tokens -= 1;
            strikes = 0;
            return Verdict.ALLOWED;
        }
        strikes++;
        return strikes > strikesAllowed ? Verdict.CUT_OFF : Verdict.REFUSED;
    }
}
