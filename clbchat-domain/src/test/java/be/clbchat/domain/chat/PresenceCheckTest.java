package be.clbchat.domain.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PresenceCheckTest {

    private static final UUID TALKING = UUID.randomUUID();
    private static final UUID WAITING = UUID.randomUUID();

    @Test
    void whatIsStoredWithoutASocketAndWhatIsHeldWithoutBeingStoredAreTheDrift() {
        PresenceCheck.Drift drift = PresenceCheck.Drift.between(Set.of("an", "bo"), Set.of("bo", "cy"),
                Set.of(TALKING, WAITING), Set.of(WAITING), Set.of());

        assertThat(drift.operatorsWithoutSocket()).containsExactly("an");
        assertThat(drift.operatorsNotOnline()).containsExactly("cy");
        assertThat(drift.visitorsWithoutSocket()).containsExactly(TALKING);
        assertThat(drift.visitorsNotConnected()).isEmpty();
        assertThat(drift.isEmpty()).isFalse();
    }

    @Test
    void aHeldVisitorStoredAsAwayIsDriftOnlyWhileTheSocketIsHeld() {
        assertThat(PresenceCheck.Drift.between(Set.of(), Set.of(), Set.of(), Set.of(TALKING), Set.of(TALKING))
                .visitorsNotConnected()).containsExactly(TALKING);
        assertThat(PresenceCheck.Drift.between(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(TALKING))
                .visitorsNotConnected()).isEmpty();
    }

    @Test
    void aDriftIsSettledOnlyWhenTheNextCheckSeesItAgain() {
        PresenceCheck check = new PresenceCheck();
        PresenceCheck.Drift first = PresenceCheck.Drift.between(Set.of("an"), Set.of(), Set.of(TALKING), Set.of(),
                Set.of());

        assertThat(check.toSettle(first).isEmpty()).as("seen once: a socket may be opening or closing").isTrue();

        // Meanwhile the visitor's socket came back; the operator is still stored online without a socket.
        PresenceCheck.Drift second = PresenceCheck.Drift.between(Set.of("an"), Set.of(), Set.of(TALKING),
                Set.of(TALKING), Set.of());
        PresenceCheck.Drift settle = check.toSettle(second);
        assertThat(settle.operatorsWithoutSocket()).containsExactly("an");
        assertThat(settle.visitorsWithoutSocket()).isEmpty();
    }

    @Test
    void aDriftThatWentAwayBetweenChecksIsForgotten() {
        PresenceCheck check = new PresenceCheck();
        check.toSettle(PresenceCheck.Drift.between(Set.of("an"), Set.of(), Set.of(), Set.of(), Set.of()));
        check.toSettle(PresenceCheck.Drift.NONE);

        assertThat(check.toSettle(PresenceCheck.Drift.between(Set.of("an"), Set.of(), Set.of(), Set.of(), Set.of()))
                .isEmpty()).as("seen again, but not in two checks in a row").isTrue();
    }

    @Test
    void nothingDriftsWhenTheDatabaseAgreesWithTheSockets() {
        assertThat(PresenceCheck.Drift.between(Set.of("an"), Set.of("an"), Set.of(TALKING), Set.of(TALKING),
                Set.of()).isEmpty()).isTrue();
    }
}
