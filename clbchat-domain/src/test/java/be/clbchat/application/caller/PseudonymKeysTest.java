package be.clbchat.application.caller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clbchat.application.SecretTokens;
import be.clbchat.domain.Refusal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PseudonymKeysTest {

    private static final String KEY = "q3J9-x_8ZkVbT0m1Lr5sWc2Yh7NdA4uEoPiGfKjQwBn";

    private static byte[] secret(int fill) {
        byte[] secret = new byte[32];
        Arrays.fill(secret, (byte) fill);
        return secret;
    }

    @Test
    void theSameKeyGivesTheSameHashWithTheSameSecretAndAnotherWithAnother() {
        PseudonymKeys keys = new PseudonymKeys(secret(1));
        String hash = keys.hash(KEY);
        assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(keys.hash(KEY));
        assertThat(new PseudonymKeys(secret(2)).hash(KEY)).isNotEqualTo(hash);
        assertThat(hash).as("keyed: not the plain SHA-256 anyone could compute").isNotEqualTo(SecretTokens.hash(KEY))
                .doesNotContain(KEY);
    }

    @Test
    void aShortSecretOrAMalformedKeyIsRefused() {
        assertThatThrownBy(() -> new PseudonymKeys(new byte[31])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PseudonymKeys(secret(1)).hash("te-kort")).isInstanceOf(Refusal.class);
    }
}
