package be.clbchat.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When each login ends. A login is the single-sign-on token Liberty makes at the login form, valid for
 * {@code CLBCHAT_LOGIN_MINUTES} (the same setting is the token's lifetime, liberty/includes/security.xml); the token's
 * own moment of birth is not readable by the application, so it counts from the first request that carries it (the
 * redirect right after the login form, {@link LoginSeen}). What holds something of a login — the console's socket —
 * ends with it. Only the {@link LoginKeys hash} of the cookie is held, in memory; after a restart a login still valid
 * counts from its first request since.
 */
@ApplicationScoped
public class LoginClock {

    private final Map<String, Instant> firstSeen = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "CLBCHAT_LOGIN_MINUTES", defaultValue = "600")
    private long loginMinutes;

    @Inject
    private Clock clock;

    /** A request of this login (by its key) came in. */
    public void seen(String login) {
        Instant now = clock.instant();
        if (firstSeen.putIfAbsent(login, now) == null && firstSeen.size() % 256 == 0) {
            // Now and then the logins that ended long ago are forgotten.
            Instant ended = now.minus(lifetime());
            firstSeen.values().removeIf(seen -> seen.isBefore(ended));
        }
    }

    /** When the login of this key ends: its lifetime after its first request (from now, if none was seen). */
    private Instant endOf(String login) {
        return firstSeen.getOrDefault(login, clock.instant()).plus(lifetime());
    }

    /** How long until the login of this key ends (zero when it has). */
    public Duration untilEndOf(String login) {
        Duration left = Duration.between(clock.instant(), endOf(login));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** The login was logged out: it is not looked at again. */
    public void forget(String login) {
        firstSeen.remove(login);
    }

    public Duration lifetime() {
        return Duration.ofMinutes(Math.max(1, loginMinutes));
    }
}
