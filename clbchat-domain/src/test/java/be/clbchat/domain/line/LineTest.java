package be.clbchat.domain.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @ParameterizedTest
    @ValueSource(strings = {Line.MAIN, "clb-gent-box", "b2", "a234567890123456789012345678901234567890"})
    void aLineIsKnownByALowerCaseCodeOfTwoToFortyCharacters(String code) {
        assertThatCode(() -> new Line(code, "Een lijn", BRUSSELS)).doesNotThrowAnyException();
    }

    @Test
    void aLinesNameIsKeptWithoutTheSpacesAroundIt() {
        Line line = new Line("clbchat", "  Een lijn ", BRUSSELS);
        assertThat(line.name()).isEqualTo("Een lijn");
        line.rename(" Nieuwe naam\t");
        assertThat(line.name()).isEqualTo("Nieuwe naam");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "c", "CLBchat", "-clbchat", "clb chat", "clb/chat",
        "a2345678901234567890123456789012345678901"})
    void otherCodesAreRefused(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Line(code, "Een lijn", BRUSSELS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aLineNeedsAName(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Line("clbchat", name, BRUSSELS));
    }
}
