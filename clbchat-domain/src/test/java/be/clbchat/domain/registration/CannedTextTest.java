package be.clbchat.domain.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clbchat.domain.Refusal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CannedTextTest {

    private static final Instant NOW = Instant.parse("2027-03-22T19:00:00Z");

    @Test
    void aTextIsTrimmedAndItsTagsAreTidied() {
        CannedText.Draft checked = new CannedText.Draft("  Awel 102 ", " Bel Awel op 102. ", "praten,  jongeren, ,praten")
                .check();
        assertThat(checked.title()).isEqualTo("Awel 102");
        assertThat(checked.body()).isEqualTo("Bel Awel op 102.");
        assertThat(checked.tags()).isEqualTo("praten, jongeren");
        assertThat(new CannedText(checked, 10, "c", NOW).tags()).containsExactly("praten", "jongeren");
    }

    @Test
    void everyWrongFieldIsNamed() {
        assertThatThrownBy(() -> new CannedText.Draft(" ", "x".repeat(1001), "t".repeat(201)).check())
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.fields())
                        .containsOnlyKeys("title", "body", "tags"));
    }

    @Test
    void aSearchNeedsEveryWordSomewhere() {
        CannedText text = new CannedText(new CannedText.Draft("Zelfmoordlijn 1813",
                "Bel de Zelfmoordlijn op 1813, dag en nacht.", "crisis").check(), 10, "c", NOW);
        assertThat(text.matches("NACHT crisis")).isTrue();
        assertThat(text.matches("")).isTrue();
        assertThat(text.matches("nacht awel")).isFalse();
    }
}
