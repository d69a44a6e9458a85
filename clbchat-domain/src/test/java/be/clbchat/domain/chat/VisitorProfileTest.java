package be.clbchat.domain.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clbchat.domain.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class VisitorProfileTest {

    @Test
    void onlyNicknameAndRoleAreRequired() {
        VisitorProfile profile = new VisitorProfile("  Mila ", VisitorRole.PARENT, null, null, null);
        assertThat(profile.nickname()).isEqualTo("Mila");
        assertThat(profile.age()).isEmpty();
        assertThat(profile.gender()).isEmpty();
        assertThat(profile.device()).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "a\u0007b", "1234567890123456789012345678901"})
    void aNicknameIsOneToThirtyPrintableCharacters(String nickname) {
        assertThatThrownBy(() -> new VisitorProfile(nickname, VisitorRole.PUPIL, null, null, null))
                .isInstanceOf(Refusal.class).hasMessageContaining("nickname");
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 100, -3})
    void anAgeIsSixToNinetyNine(int age) {
        assertThatThrownBy(() -> new VisitorProfile("Mila", VisitorRole.PUPIL, age, null, null))
                .isInstanceOf(Refusal.class).hasMessageContaining("age");
    }

    @Test
    void theRoleIsRequired() {
        assertThatThrownBy(() -> new VisitorProfile("Mila", null, 8, null, null))
                .isInstanceOf(Refusal.class).hasMessageContaining("role");
    }

    @Test
    void codesAreTheProtocolsWords() {
        assertThat(Coded.fromCode(Gender.class, "unknown")).contains(Gender.UNKNOWN);
        assertThat(Coded.fromCode(FoundVia.class, "poster-flyer")).contains(FoundVia.POSTER_FLYER);
        assertThat(Coded.fromCode(VisitorRole.class, "PUPIL")).isEmpty();
        assertThat(Coded.codes(VisitorRole.class)).isEqualTo("pupil, parent, teacher");
    }
}
