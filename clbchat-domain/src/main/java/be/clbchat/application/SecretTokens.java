package be.clbchat.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets handed out once and kept only as a SHA-256 hash (a chat's resume token, an operator's calendar address):
 * a copy of the database lets nobody in.
 */
@ApplicationScoped
public class SecretTokens {

    private final SecureRandom random = new SecureRandom();

    /** 256 random bits, URL-safe Base64 without padding (43 characters). */
    public String newToken() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The SHA-256 of {@code text} in lower-case hex: what is stored and looked up instead of the secret. */
    public static String hash(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
