package be.clbchat.domain.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @ParameterizedTest
    @ValueSource(strings = {"clbchat", "clb-gent-box", "b2"})
    void aLineIsKnownByAShortLowerCaseCode(String code) {
        Line line = new Line(code, "Een lijn", BRUSSELS);
        assertThat(line.code()).isEqualTo(code);
        assertThat(line.timeZone()).isEqualTo(BRUSSELS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "c", "CLBchat", "-clbchat", "clb chat", "clb/chat"})
    void otherCodesAreRefused(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Line(code, "Een lijn", BRUSSELS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aLineNeedsAName(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Line("clbchat", name, BRUSSELS));
    }
}
