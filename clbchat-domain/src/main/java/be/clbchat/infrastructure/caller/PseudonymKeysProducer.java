package be.clbchat.infrastructure.caller;

import be.clbchat.application.caller.PseudonymKeys;
import be.clbchat.infrastructure.database.DatabaseSettings;
import be.clbchat.infrastructure.security.SecretFile;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The secret that pseudonyms are hashed with, never in the database: {@code CLBCHAT_PSEUDONYM_SECRET} (Base64 of at
 * least 32 bytes), or on the embedded database a file made once next to its data. Without either (an external
 * database and no secret) a random one per start: nothing breaks, but marks and blocks then hold only until the
 * next restart, which the log says.
 */
@ApplicationScoped
public class PseudonymKeysProducer {

    static final String SECRET = "CLBCHAT_PSEUDONYM_SECRET";
    static final String FILE = "pseudonym-secret";
    private static final Logger LOG = Logger.getLogger(PseudonymKeysProducer.class.getName());

    @Inject
    private Config config;

    private PseudonymKeys keys;

    @PostConstruct
    void read() {
        keys = new PseudonymKeys(secret());
    }

    /** Read at deployment, so that an unusable secret fails the start rather than every visitor's first chat. */
    void atStart(@jakarta.enterprise.event.Observes @jakarta.enterprise.context.Initialized(ApplicationScoped.class)
                 Object started) {
        keys();
    }

    @Produces
    PseudonymKeys keys() {
        return keys;
    }

    private byte[] secret() {
        var configured = config.getOptionalValue(SECRET, String.class).filter(value -> !value.isBlank());
        if (configured.isPresent()) {
            byte[] secret = decode(configured.get().strip());
            if (secret.length < PseudonymKeys.MIN_SECRET_BYTES) {
                throw new IllegalStateException(SECRET + " must be the Base64 of at least "
                        + PseudonymKeys.MIN_SECRET_BYTES + " random bytes, e.g. from: openssl rand -base64 32");
            }
            return secret;
        }
        DatabaseSettings database = DatabaseSettings.from(config);
        if (database.embedded()) {
            return fromFile(database.dataRoot().resolve(FILE));
        }
        LOG.severe(() -> SECRET + " is not set: pseudonyms are hashed with a secret of this start only, so fake-call"
                + " marks and blocks stop working at the next restart. Set it (openssl rand -base64 32).");
        return random();
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(SECRET + " is not Base64: " + e.getMessage(), e);
        }
    }

    /** The embedded database's secret, made on its first start; owner-only where the file system allows it. */
    private static byte[] fromFile(Path file) {
        try {
            if (SecretFile.read(file).isEmpty()) {
                SecretFile.write(file, Base64.getEncoder().encodeToString(random()), false);
            }
            byte[] secret = decode(SecretFile.read(file).orElse(""));
            if (secret.length < PseudonymKeys.MIN_SECRET_BYTES) {
                throw new IllegalStateException(file + " holds no usable secret: delete it to make a new one");
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or make the pseudonym secret " + file, e);
        }
    }

    private static byte[] random() {
        byte[] secret = new byte[PseudonymKeys.MIN_SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
        return secret;
    }
}
