package be.clbchat.application.staff;

import be.clbchat.application.ClientSources;
import be.clbchat.domain.staff.LoginAttempts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The brake on password guessing for every way staff log in (the form and HTTP Basic, in both web modules): the rules
 * are {@link LoginAttempts}. A client address is known here only as its {@link ClientSources} key, kept in memory for
 * at most a quarter of an hour: no address is stored or logged.
 */
@ApplicationScoped
public class LoginGuard {

    /** What a locked login is told (the same for every username, existing or not). */
    public static final String LOCKED = "Te veel mislukte aanmeldpogingen. Wacht een kwartier en probeer het dan "
            + "opnieuw.";

    private final LoginAttempts attempts = new LoginAttempts();

    @Inject
    private Clock clock;

    @Inject
    private ClientSources sources;

    /** The opaque key of the client (see {@link ClientSources}: a trusted proxy's forwarded header counts). */
    public String source(String remoteAddress, String forwardedFor) {
        return sources.keyOf(remoteAddress, forwardedFor);
    }

    /** How long an attempt for this username from this source must wait, when it must. */
    public Optional<Duration> mustWait(String username, String source) {
        Instant now = clock.instant();
        return attempts.lockedUntil(username, source, now).map(until -> Duration.between(now, until));
    }

    public void failed(String username, String source) {
        attempts.failed(username, source, clock.instant());
    }

    public void succeeded(String username) {
        attempts.succeeded(username);
    }
}
