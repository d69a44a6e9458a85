package be.clbchat.web.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OriginCheckTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "http://127.0.0.1:9080|127.0.0.1:9080||true",
            "https://clbchat.be|clbchat.be||true",
            "HTTPS://CLBCHAT.BE|clbchat.be||true",
            "https://evil.example|clbchat.be||false",
            "https://clbchat.be.evil.example|clbchat.be||false",
            "null|clbchat.be||false",
            "https://clbchat.be|-||false",
            "https://www.clbchat.be|backend:9080|https://clbchat.be, https://www.clbchat.be|true",
            "https://other.be|backend:9080|https://clbchat.be|false",
            "file://clbchat.be|clbchat.be||false"})
    void onlyThisSiteOrAnAllowedOriginMayOpenASocket(String origin, String host, String configured, boolean allowed) {
        assertThat(OriginCheck.allowed(origin, host, configured == null ? "" : configured)).isEqualTo(allowed);
    }
}
