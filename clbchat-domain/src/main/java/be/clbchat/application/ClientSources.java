package be.clbchat.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a request comes from, as an opaque key for the limits that count per source (visitor sockets and chats,
 * login attempts): an HMAC of the client address with a key made at start and never stored, so that no address is
 * kept, stored or logged anywhere. Behind a proxy the client address is taken from {@code X-Forwarded-For} — only when
 * the request comes from an address listed in {@code CLBCHAT_TRUSTED_PROXIES}; anyone else could write that header.
 */
@ApplicationScoped
public class ClientSources {

    private final byte[] key = new byte[32];
    private Set<String> trusted = Set.of();

    @Inject
    @ConfigProperty(name = "CLBCHAT_TRUSTED_PROXIES", defaultValue = "")
    private java.util.Optional<String> trustedProxies;

    public ClientSources() {
        new SecureRandom().nextBytes(key);
    }

    @jakarta.annotation.PostConstruct
    void readTrusted() {
        trusted = parse(trustedProxies == null ? "" : trustedProxies.orElse(""));
    }

    /** The opaque key of the client that sent a request from {@code remoteAddress} with this forwarded header. */
    public String keyOf(String remoteAddress, String forwardedFor) {
        return hash(clientAddress(remoteAddress, forwardedFor, trusted));
    }

    /**
     * The client's address: the connection's own, or — when that is a trusted proxy — the right-most address in
     * {@code X-Forwarded-For} that is not a trusted proxy itself (the left part can be written by the client).
     */
    static String clientAddress(String remoteAddress, String forwardedFor, Set<String> trusted) {
        String address = remoteAddress == null ? "" : remoteAddress.strip();
        if (forwardedFor == null || !trusted.contains(address)) {
            return address;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return address;
    }

    static Set<String> parse(String configured) {
        return configured == null ? Set.of() : Arrays.stream(configured.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    private String hash(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
