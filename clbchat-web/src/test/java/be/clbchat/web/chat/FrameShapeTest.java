package be.clbchat.web.chat;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clbchat.domain.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrameShapeTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"type\":\"send\",\"text\":\"hoi\"}",
            "  {\"type\":\"ping\"}\n",
            "{\"type\":\"register\",\"themes\":[{\"code\":\"pesten\"}],\"seq\":12345678901234567890}",
            // brackets, braces and digits inside a string are text, whatever their number
            "{\"type\":\"send\",\"text\":\"[[[[[[[[[[{{{{{{{{ 1234567890123456789012345 \\\" ]]]]}}}\"}",
            "{\"a\":[[[[[[[1]]]]]]]}"})
    void theProtocolsFramesPass(String frame) {
        assertThatCode(() -> FrameShape.check(frame)).doesNotThrowAnyException();
        assertThatCode(() -> InboundFrame.parse(frame)).doesNotThrowAnyException();
    }

    @Test
    void deepNestingIsRefusedBeforeAnyParserSeesIt() {
        String deep = "{\"type\":\"send\",\"x\":" + "[".repeat(30_000) + "]".repeat(30_000) + "}";
        assertThatThrownBy(() -> InboundFrame.parse(deep)).isInstanceOf(Refusal.class)
                .hasMessageContaining("te diep genest").extracting("code").isEqualTo("invalid-json");
        assertThatThrownBy(() -> FrameShape.check("{\"a\":[[[[[[[[1]]]]]]]]}")).as("nine levels")
                .hasMessageContaining("te diep");
    }

    @Test
    void aHugeNumberIsRefused() {
        String big = "{\"type\":\"resume\",\"lastSeq\":" + "9".repeat(20_000) + "}";
        assertThatThrownBy(() -> InboundFrame.parse(big)).isInstanceOf(Refusal.class)
                .hasMessageContaining("getal is te lang").extracting("code").isEqualTo("invalid-json");
        assertThatThrownBy(() -> FrameShape.check("{\"a\":1e99999999999999999999}"))
                .hasMessageContaining("te lang");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"type\":\"ping\"}{\"type\":\"ping\"}", "{\"type\":\"ping\"} x", "{} []", "{}}"})
    void somethingAfterTheObjectIsRefused(String frame) {
        assertThatThrownBy(() -> InboundFrame.parse(frame)).isInstanceOf(Refusal.class)
                .extracting("code").isEqualTo("invalid-json");
    }
}
