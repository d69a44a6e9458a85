package be.clbchat.application.staff;

import be.clbchat.domain.staff.LoginAttempts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The brake on password guessing for every way staff log in (the form and HTTP Basic, in both web modules): the rules
 * are {@link LoginAttempts}. A client address is known here only as a keyed hash with a key made at start and never
 * stored, kept in memory for at most a quarter of an hour: no address is stored or logged.
 */
@ApplicationScoped
public class LoginGuard {

    /** What a locked login is told (the same for every username, existing or not). */
    public static final String LOCKED = "Te veel mislukte aanmeldpogingen. Wacht een kwartier en probeer het dan "
            + "opnieuw.";

    private final LoginAttempts attempts = new LoginAttempts();
    private final byte[] key = new byte[32];

    @Inject
    private Clock clock;

    public LoginGuard() {
        new SecureRandom().nextBytes(key);
    }

    /** The opaque key of a client address. */
    public String source(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((address == null ? "" : address).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
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
