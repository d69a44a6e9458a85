package be.clbchat.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordRulesTest {

    @Test
    void twelveCharactersAtLeastAndNotTheUsername() {
        assertThat(PasswordRules.problem("kort-maar-ok", "sam")).as("exactly twelve").isEmpty();
        assertThat(PasswordRules.problem("te-kort-hoor", "sam")).isEmpty();
        assertThat(PasswordRules.problem("elf-tekens!", "sam")).hasValue("Een wachtwoord heeft minstens 12 tekens.");
        assertThat(PasswordRules.problem(null, "sam")).isPresent();
        assertThat(PasswordRules.problem("x".repeat(201), "sam")).hasValueSatisfying(
                said -> assertThat(said).contains("hoogstens 200"));
        assertThat(PasswordRules.problem("Sam.Peeters.CLB", "sam.peeters.clb")).hasValueSatisfying(
                said -> assertThat(said).contains("gebruikersnaam"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123qweasdzxc", "1QAZ2WSX3EDC", "qwertyuiopasdfghjkl"})
    void aLeakedPasswordIsRefusedWhateverItsCapitals(String leaked) {
        assertThat(PasswordRules.problem(leaked, "sam")).hasValueSatisfying(
                said -> assertThat(said).contains("veelgebruikte"));
    }

    @Test
    void aSentenceOfAFewWordsIsFine() {
        assertThat(PasswordRules.problem("fiets naar de zee in mei", "sam")).isEmpty();
        assertThat(PasswordRules.isCommon("fiets naar de zee in mei")).isFalse();
    }
}
