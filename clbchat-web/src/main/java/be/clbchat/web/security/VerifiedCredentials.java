package be.clbchat.web.security;

import be.clbchat.application.SecretTokens;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP Basic credentials verified in the last minute: a program sends them with every call, and a PBKDF2 hash of
 * 600,000 iterations costs a quarter of a second. Held by a hash of username and password (never the password), in
 * memory, for {@link #KEPT}; a hit still asks whether the account is active, so a deactivated account stops at once.
 * A changed password: the old one keeps working over Basic for at most that minute.
 */
final class VerifiedCredentials {

    static final Duration KEPT = Duration.ofMinutes(1);
    private static final int MAX = 10_000;

    private record Verified(CredentialValidationResult result, long untilNanos) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    Optional<CredentialValidationResult> find(String username, String password, long nowNanos) {
        Verified found = verified.get(key(username, password));
        if (found == null) {
            return Optional.empty();
        }
        if (nowNanos - found.untilNanos() > 0) {
            verified.remove(key(username, password), found);
            return Optional.empty();
        }
        return Optional.of(found.result());
    }

    void remember(String username, String password, CredentialValidationResult result, long nowNanos) {
        if (verified.size() >= MAX) {
            verified.clear(); // more programs than any CLB has: start over rather than grow
        }
        verified.put(key(username, password), new Verified(result, nowNanos + KEPT.toNanos()));
    }

    void forget(String username, String password) {
        verified.remove(key(username, password));
    }

    private static String key(String username, String password) {
        return SecretTokens.hash(username + '\u0000' + password);
    }
}
