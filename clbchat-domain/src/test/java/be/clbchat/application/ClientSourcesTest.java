package be.clbchat.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientSourcesTest {

    static final Set<String> PROXY = Set.of("10.0.0.5");

    @Test
    void theForwardedHeaderCountsOnlyFromATrustedProxy() {
        assertThat(ClientSources.clientAddress("198.51.100.7", "203.0.113.1", PROXY))
                .as("anyone can write the header").isEqualTo("198.51.100.7");
        assertThat(ClientSources.clientAddress("10.0.0.5", "203.0.113.1", PROXY)).isEqualTo("203.0.113.1");
        assertThat(ClientSources.clientAddress("10.0.0.5", null, PROXY)).isEqualTo("10.0.0.5");
    }

    @Test
    void theRightMostAddressThatIsNotAProxyIsTheClient() {
        assertThat(ClientSources.clientAddress("10.0.0.5", "1.2.3.4, 203.0.113.1", PROXY))
                .as("the left part was written by the client").isEqualTo("203.0.113.1");
        assertThat(ClientSources.clientAddress("10.0.0.5", "203.0.113.1, 10.0.0.5", PROXY)).isEqualTo("203.0.113.1");
        assertThat(ClientSources.clientAddress("10.0.0.5", " , ", PROXY)).isEqualTo("10.0.0.5");
    }

    @Test
    void keysAreOpaqueAndStable() {
        ClientSources sources = new ClientSources();
        String key = sources.keyOf("198.51.100.7", null);
        assertThat(key).doesNotContain("198").hasSize(43).isEqualTo(sources.keyOf("198.51.100.7", "x"));
        assertThat(sources.keyOf("198.51.100.8", null)).isNotEqualTo(key);
    }
}
