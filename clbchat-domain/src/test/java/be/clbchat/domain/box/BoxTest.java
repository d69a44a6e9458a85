package be.clbchat.domain.box;

import static org.assertj.core.api.Assertions.assertThat;

import be.clbchat.domain.Refusal;
import be.clbchat.domain.chat.VisitorRole;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BoxTest {

    private static final Instant NOW = Instant.parse("2027-03-20T12:00:00Z");
    private static final BoxWindow TONIGHT = new BoxWindow(NOW.plus(Duration.ofHours(6)), NOW.plus(Duration.ofHours(8)));

    private static Box.Draft draft(List<BoxWindow> windows) {
        return new Box.Draft(" Vragen na de infoavond ", "infoavond", BoxPurpose.INFORMATION,
                Set.of(VisitorRole.PUPIL, VisitorRole.PARENT), "Stel je vraag.", windows);
    }

    private static Refusal refused(Runnable action) {
        try {
            action.run();
        } catch (Refusal refusal) {
            return refusal;
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void aNewBoxIsADraftAndNeverOpen() {
        Box box = new Box("box-1", "clb-noord", draft(List.of(TONIGHT)), "admin", NOW);
        assertThat(box.state()).isEqualTo(BoxState.DRAFT);
        assertThat(box.title()).isEqualTo("Vragen na de infoavond");
        assertThat(box.openAt(TONIGHT.start())).isFalse();
        assertThat(box.openings()).isEmpty();
    }

    @Test
    void aPublishedBoxIsOpenOnlyInsideItsWindows() {
        Box box = new Box("box-1", "clb-noord", draft(List.of(TONIGHT)), "admin", NOW);
        box.moveTo(BoxState.PUBLISHED, 1, "admin", NOW);
        assertThat(box.openAt(TONIGHT.start())).isTrue();
        assertThat(box.openAt(TONIGHT.end())).isFalse();
        assertThat(box.openAt(NOW)).isFalse();
        assertThat(box.openings()).hasSize(1);
    }

    @Test
    void publishingNeedsAWindowStillToComeAndATeamMember() {
        Box box = new Box("box-1", "clb-noord", draft(List.of()), "admin", NOW);
        Refusal refusal = refused(() -> box.moveTo(BoxState.PUBLISHED, 0, "admin", NOW));
        assertThat(refusal.fields()).containsOnlyKeys("windows", "team");
        assertThat(box.state()).isEqualTo(BoxState.DRAFT);

        Box past = new Box("box-2", "clb-noord", draft(List.of(TONIGHT)), "admin", NOW);
        Instant tomorrow = NOW.plus(Duration.ofDays(1));
        assertThat(refused(() -> past.moveTo(BoxState.PUBLISHED, 1, "admin", tomorrow)).fields())
                .containsOnlyKeys("windows");
    }

    @Test
    void aPublishedBoxKeepsAWindowAndATeam() {
        Box box = new Box("box-1", "clb-noord", draft(List.of(TONIGHT)), "admin", NOW);
        box.moveTo(BoxState.PUBLISHED, 1, "admin", NOW);
        assertThat(refused(() -> box.change(draft(List.of()), 1, "admin", NOW)).fields()).containsOnlyKeys("windows");
        assertThat(refused(() -> box.change(draft(List.of(TONIGHT)), 0, "admin", NOW)).fields())
                .containsOnlyKeys("team");
        assertThat(box.windows()).containsExactly(TONIGHT);
    }

    @Test
    void anArchivedBoxIsClosedAndMayBeEditedWithoutWindows() {
        Box box = new Box("box-1", "clb-noord", draft(List.of(TONIGHT)), "admin", NOW);
        box.moveTo(BoxState.PUBLISHED, 1, "admin", NOW);
        box.moveTo(BoxState.ARCHIVED, 1, "admin", NOW);
        assertThat(box.openAt(TONIGHT.start())).isFalse();
        box.change(draft(List.of()), 0, "admin", NOW); // neither a window nor a team is needed any more
        assertThat(box.windows()).isEmpty();
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        Refusal refusal = refused(() -> new Box("box-1", "clb-noord", new Box.Draft("", "Infoavond!", null,
                Set.of(), "x".repeat(1001), List.of(new BoxWindow(NOW, NOW))), "admin", NOW));
        assertThat(refusal.fields()).containsOnlyKeys("title", "slug", "purpose", "audience", "intro", "windows[0]");
    }

    @Test
    void theAudienceDecidesWhoMayChat() {
        Box box = new Box("box-1", "clb-noord", new Box.Draft("Na het ongeval", "na-het-ongeval",
                BoxPurpose.CRITICAL_INCIDENT, Set.of(VisitorRole.TEACHER, VisitorRole.PARENT), "", List.of()),
                "admin", NOW);
        assertThat(box.allows(VisitorRole.TEACHER)).isTrue();
        assertThat(box.allows(VisitorRole.PUPIL)).isFalse();
        assertThat(box.audienceText()).isEqualTo("ouders en leerkrachten");
    }
}
