package be.clbchat.application.caller;

import be.clbchat.domain.caller.Pseudonym;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a visitor browser's pseudonym into what is stored: HMAC-SHA256 with a server secret that is not in the
 * database. A copy of the database alone cannot link a hash to a browser, nor test a guessed key.
 */
public class PseudonymKeys {

    /** The shortest secret accepted: 32 bytes, as many as the hash. */
    public static final int MIN_SECRET_BYTES = 32;

    private final SecretKeySpec secret;

    public PseudonymKeys(byte[] secret) {
        if (secret == null || secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("The pseudonym secret has at least " + MIN_SECRET_BYTES + " bytes");
        }
        this.secret = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    /** The keyed hash of a pseudonym in lower-case hex (64 characters); a malformed key is refused. */
    public String hash(String key) {
        String checked = Pseudonym.checkedKey(key);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            return HexFormat.of().formatHex(mac.doFinal(checked.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
