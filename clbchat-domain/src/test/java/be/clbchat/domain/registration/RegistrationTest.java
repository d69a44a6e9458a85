package be.clbchat.domain.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clbchat.domain.Refusal;
import be.clbchat.domain.tool.ClbDomain;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegistrationTest {

    private static final Instant NOW = Instant.parse("2027-03-22T19:00:00Z");
    private static final Theme STUDY_CHOICE = new Theme("studiekeuze", ClbDomain.OLB, "Studiekeuze", 10, "m", NOW);
    private static final Theme OLD = retired();
    private static final Map<String, Theme> KNOWN = Map.of(STUDY_CHOICE.code(), STUDY_CHOICE, OLD.code(), OLD);

    private static Theme retired() {
        Theme theme = new Theme("oud-thema", ClbDomain.PSF, "Oud thema", 20, "m", NOW);
        theme.retire("coordinator", NOW);
        return theme;
    }

    private static Registration.Draft draft(Set<String> themes, Set<Outcome> outcomes) {
        return new Registration.Draft(ClientType.PUPIL, themes, outcomes, false, "  intern  ");
    }

    private static Map<String, String> refused(Registration.Draft draft, Set<String> stored) {
        try {
            draft.check(KNOWN, stored);
        } catch (Refusal refusal) {
            return refusal.fields();
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void aRegistrationNeedsAClientTypeAThemeAndAnOutcome() {
        assertThat(refused(new Registration.Draft(null, Set.of(), Set.of(), false, null), Set.of()))
                .containsOnlyKeys("clientType", "themes", "outcomes");
        Registration.Draft checked = draft(Set.of("studiekeuze"), Set.of(Outcome.INFO_ADVICE)).check(KNOWN, Set.of());
        assertThat(checked.note()).isEqualTo("intern");
    }

    @Test
    void anUnknownThemeIsRefusedByName() {
        assertThat(refused(draft(Set.of("astrologie"), Set.of(Outcome.SUPPORT)), Set.of()))
                .containsEntry("themes", "Onbekend thema: astrologie.");
    }

    @Test
    void aRetiredThemeIsNoLongerOfferedButStaysWhereItWasAlready() {
        assertThat(refused(draft(Set.of("oud-thema"), Set.of(Outcome.SUPPORT)), Set.of()).get("themes"))
                .contains("wordt niet meer gebruikt");
        assertThat(draft(Set.of("oud-thema"), Set.of(Outcome.SUPPORT)).check(KNOWN, Set.of("oud-thema")).themes())
                .containsExactly("oud-thema");
    }

    @Test
    void aLongNoteIsRefused() {
        assertThat(refused(new Registration.Draft(ClientType.OTHER, Set.of("studiekeuze"), Set.of(Outcome.SUPPORT),
                true, "x".repeat(2001)), Set.of())).containsOnlyKeys("note");
    }

    @Test
    void theOperatorCorrectsForSevenDaysACoordinatorAlways() {
        Registration registration = new Registration("chat-1", "clbchat", "sam",
                draft(Set.of("studiekeuze"), Set.of(Outcome.INFO_ADVICE)).check(KNOWN, Set.of()), "sam", NOW);
        Instant almostAWeek = NOW.plus(Duration.ofDays(7)).minusSeconds(1);
        assertThat(registration.mayBeChangedBy("sam", false, almostAWeek)).isTrue();
        assertThat(registration.mayBeChangedBy("sam", false, NOW.plus(Duration.ofDays(7)))).isFalse();
        assertThat(registration.mayBeChangedBy("lou", false, NOW)).as("another operator").isFalse();
        assertThat(registration.mayBeChangedBy("coordinator", true, NOW.plus(Duration.ofDays(400)))).isTrue();
    }

    @Test
    void theHistoryLineSaysWhatWasRegistered() {
        Registration.Draft checked = new Registration.Draft(ClientType.PARENT, Set.of("studiekeuze"),
                Set.of(Outcome.REFERRED_CLB, Outcome.SUPPORT), true, "").check(KNOWN, Set.of());
        assertThat(checked.summary())
                .isEqualTo("parent; thema's studiekeuze; uitkomsten referred-clb, support; vermoedelijke nepoproep");
    }

    @Test
    void aThemeNeedsAName() {
        assertThatThrownBy(() -> STUDY_CHOICE.rename(" ", "m", NOW)).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.fields()).containsOnlyKeys("name"));
    }
}
