package be.clbchat.domain.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Who may try a password now: after {@value #ACCOUNT_FAILURES} wrong passwords for one username within
 * {@link #WINDOW}, that username is locked for {@link #LOCK} — every attempt refused, the right password too, whether
 * the account exists or not, so a lock says nothing about which usernames exist. A source (a client address, as an
 * opaque key) that fails {@value #SOURCE_FAILURES} times in the window is locked likewise: high enough that an office
 * behind one address is not locked by one colleague's typos, low enough that guessing across accounts goes nowhere.
 * Held in memory only, for at most the window; thread-safe.
 */
public final class LoginAttempts {

    public static final int ACCOUNT_FAILURES = 5;
    public static final int SOURCE_FAILURES = 100;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);
    /** More keys than this (a spray of made-up usernames) and the oldest are forgotten first. */
    static final int MAX_KEYS = 100_000;

    private final Map<String, Failures> failures = new HashMap<>();

    /** Until when an attempt for this username from this source is refused without looking at the password. */
    public synchronized Optional<Instant> lockedUntil(String username, String source, Instant now) {
        Instant account = until(accountKey(username), now);
        Instant from = until(sourceKey(source), now);
        if (account == null) {
            return Optional.ofNullable(from);
        }
        return Optional.of(from == null || account.isAfter(from) ? account : from);
    }

    public synchronized void failed(String username, String source, Instant now) {
        count(accountKey(username), ACCOUNT_FAILURES, now);
        count(sourceKey(source), SOURCE_FAILURES, now);
    }

    /** The right password (while not locked): the username's failures are forgotten, the source's are not. */
    public synchronized void succeeded(String username) {
        failures.remove(accountKey(username));
    }

    private Instant until(String key, Instant now) {
        Failures found = failures.get(key);
        return found == null || found.lockedUntil == null || !found.lockedUntil.isAfter(now) ? null
                : found.lockedUntil;
    }

    private void count(String key, int limit, Instant now) {
        if (failures.size() >= MAX_KEYS && !failures.containsKey(key)) {
            forgetOld(now);
        }
        Failures found = failures.computeIfAbsent(key, k -> new Failures());
        while (!found.at.isEmpty() && !found.at.peekFirst().isAfter(now.minus(WINDOW))) {
            found.at.removeFirst();
        }
        found.at.addLast(now);
        if (found.at.size() >= limit) {
            found.lockedUntil = now.plus(LOCK);
            found.at.clear();
        }
    }

    private void forgetOld(Instant now) {
        Instant horizon = now.minus(WINDOW);
        for (Iterator<Failures> it = failures.values().iterator(); it.hasNext(); ) {
            Failures found = it.next();
            boolean locked = found.lockedUntil != null && found.lockedUntil.isAfter(now);
            if (!locked && (found.at.isEmpty() || !found.at.peekLast().isAfter(horizon))) {
                it.remove();
            }
        }
        if (failures.size() >= MAX_KEYS) {
            failures.clear(); // a spray beyond what expiry frees: start over rather than grow
        }
    }

    private static String accountKey(String username) {
        return "u:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String sourceKey(String source) {
        return "s:" + (source == null ? "" : source);
    }

    private static final class Failures {
        private final Deque<Instant> at = new ArrayDeque<>();
        private Instant lockedUntil;
    }
}
