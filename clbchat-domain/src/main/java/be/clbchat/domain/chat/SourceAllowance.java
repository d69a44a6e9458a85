package be.clbchat.domain.chat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What one source (a client address, as an opaque key) may take of the visitor side, so that one script cannot fill
 * the queue and make real pupils hear "busy": at most {@code sockets} open visitor sockets, new chats at a burst of
 * {@code startBurst} and then {@code startsPerMinute} a minute, and at most {@code waiting} chats in the queue at once.
 * Generous enough for a class that tries the chat together on one school network (a burst of ten, and a new chat
 * every few seconds after), far below what a flood needs. In memory only; thread-safe.
 */
public final class SourceAllowance {

    public enum Verdict { ALLOWED, TOO_MANY_STARTS, TOO_MANY_WAITING }

    private final int sockets;
    private final int startBurst;
    private final double startsPerMinute;
    private final int waiting;
    private final Map<String, Source> sources = new HashMap<>();
    private final Map<UUID, String> waitingChats = new HashMap<>();

    public SourceAllowance(int sockets, int startBurst, double startsPerMinute, int waiting) {
        if (sockets < 1 || startBurst < 1 || startsPerMinute <= 0 || waiting < 1) {
            throw new IllegalArgumentException("Every limit of a source must be above zero");
        }
        this.sockets = sockets;
        this.startBurst = startBurst;
        this.startsPerMinute = startsPerMinute;
        this.waiting = waiting;
    }

    /** The defaults: 30 sockets, a burst of 10 chats then 20 a minute, 10 waiting at once. */
    public static SourceAllowance usual() {
        return new SourceAllowance(30, 10, 20, 10);
    }

    /** Whether one more socket may stay open from this source; if so it counts until {@link #socketClosed}. */
    public synchronized boolean socketOpened(String source) {
        Source found = sources.computeIfAbsent(source, key -> new Source(startBurst));
        if (found.sockets >= sockets) {
            forgetIfIdle(source, found);
            return false;
        }
        found.sockets++;
        return true;
    }

    public synchronized void socketClosed(String source) {
        Source found = sources.get(source);
        if (found != null) {
            found.sockets = Math.max(0, found.sockets - 1);
            forgetIfIdle(source, found);
        }
    }

    /** Whether this source may start a chat now; when it may, the start is counted. */
    public synchronized Verdict mayStart(String source, long nowNanos) {
        Source found = sources.computeIfAbsent(source, key -> new Source(startBurst));
        if (found.waiting >= waiting) {
            return Verdict.TOO_MANY_WAITING;
        }
        double refill = Math.max(0, nowNanos - found.lastNanos) / 60e9 * startsPerMinute;
        found.tokens = Math.min(startBurst, found.tokens + refill);
        found.lastNanos = nowNanos;
        if (found.tokens < 1) {
            return Verdict.TOO_MANY_STARTS;
        }
        found.tokens--;
        return Verdict.ALLOWED;
    }

    /** A chat of this source is in the queue now. */
    public synchronized void waiting(String source, UUID chat) {
        if (waitingChats.putIfAbsent(chat, source) == null) {
            sources.computeIfAbsent(source, key -> new Source(startBurst)).waiting++;
        }
    }

    /** The chat left the queue: taken by an operator, ended, or gone. */
    public synchronized void leftQueue(UUID chat) {
        String source = waitingChats.remove(chat);
        Source found = source == null ? null : sources.get(source);
        if (found != null) {
            found.waiting = Math.max(0, found.waiting - 1);
            forgetIfIdle(source, found);
        }
    }

    /** The chats this source has waiting, as far as this allowance was told. */
    public synchronized Set<UUID> waitingChatsOf(String source) {
        return waitingChats.entrySet().stream().filter(entry -> entry.getValue().equals(source))
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Of this source's waiting chats only {@code still} wait (asked of the database when the source is at its limit):
     * a chat that left the queue without this allowance hearing of it no longer counts.
     */
    public synchronized void stillWaiting(String source, Set<UUID> still) {
        for (UUID chat : waitingChatsOf(source)) {
            if (!still.contains(chat)) {
                leftQueue(chat);
            }
        }
    }

    /** How many chats of this source wait now. */
    public synchronized int waitingFrom(String source) {
        Source found = sources.get(source);
        return found == null ? 0 : found.waiting;
    }

    private void forgetIfIdle(String key, Source source) {
        // A source with nothing open and nothing waiting and a full bucket is forgotten; a new one starts full.
        if (source.sockets == 0 && source.waiting == 0 && source.tokens >= startBurst) {
            sources.remove(key);
        }
    }

    private static final class Source {
        private int sockets;
        private int waiting;
        private double tokens;
        private long lastNanos;

        Source(int burst) {
            this.tokens = burst;
            this.lastNanos = System.nanoTime();
        }
    }
}
