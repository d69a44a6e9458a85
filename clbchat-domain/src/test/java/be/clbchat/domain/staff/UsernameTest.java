package be.clbchat.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "demo-admin", "an.operator_2", "a234567890123456789012345678901234567890123456789012345678901234"})
    void acceptsLowerCaseNamesOfThreeToSixtyFourCharacters(String name) {
        assertThat(new Username(name).value()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "Admin", "met spatie", "jan@clb", "é-accent",
            "a2345678901234567890123456789012345678901234567890123456789012345"})
    void refusesAnythingElse(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Username(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Demo-Admin", "  demo-admin ", "DEMO-ADMIN"})
    void forgivesCapitalsAndBlanksWhenTyped(String typed) {
        assertThat(Username.typed(typed)).isEqualTo(new Username("demo-admin"));
    }
}
