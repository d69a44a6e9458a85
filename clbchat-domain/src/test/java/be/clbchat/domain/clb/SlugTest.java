package be.clbchat.domain.clb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clbchat.domain.Refusal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {

    @ParameterizedTest
    @ValueSource(strings = {"infoavond", "infoavond-studiekeuze-2027", "b2", "a23456789012345678901234567890123456789012345678901234567890"})
    void aSlugIsLowerCaseWordsJoinedByHyphens(String text) {
        assertThat(Slug.parse("slug", text).value()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "Infoavond", "info avond", "-infoavond", "infoavond-", "info--avond", "info_avond",
        "één", "a234567890123456789012345678901234567890123456789012345678901"})
    void otherTextIsRefusedAtTheField(String text) {
        assertThatThrownBy(() -> Slug.parse("slug", text)).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.fields()).containsOnlyKeys("slug"));
    }

    @ParameterizedTest
    @CsvSource({"Vragen na de infoavond!,vragen-na-de-infoavond", "  Écoles & CLB's  ,ecoles-clb-s",
        "Na het ongeval (2027),na-het-ongeval-2027"})
    void aTitleSuggestsASlug(String title, String slug) {
        assertThat(Slug.suggest(title)).map(Slug::value).hasValue(slug);
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!!", "é", ""})
    void aTitleWithoutLettersSuggestsNothing(String title) {
        assertThat(Slug.suggest(title)).isEmpty();
    }
}
