package be.clbchat.web.box;

import static org.assertj.core.api.Assertions.assertThat;

import be.clbchat.domain.box.Box;
import be.clbchat.domain.box.BoxPurpose;
import be.clbchat.domain.box.BoxState;
import be.clbchat.domain.box.BoxWindow;
import be.clbchat.domain.chat.VisitorRole;
import be.clbchat.domain.opening.OpeningStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BoxPageTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final ZonedDateTime NOW = ZonedDateTime.of(2027, 3, 22, 18, 30, 0, 0, BRUSSELS);

    private static Box box(BoxState state) {
        Instant start = NOW.plusHours(1).toInstant();
        Box box = new Box("box-1", "clb-noord", new Box.Draft("Na de infoavond", "na-de-infoavond",
                BoxPurpose.INFORMATION, Set.of(VisitorRole.PUPIL), "", List.of(new BoxWindow(start,
                start.plusSeconds(7200)))), "admin", NOW.toInstant());
        if (state != BoxState.DRAFT) {
            box.moveTo(state, 1, "admin", NOW.toInstant());
        }
        return box;
    }

    @Test
    void openSaysUntilWhenInBrusselsTime() {
        OpeningStatus open = new OpeningStatus(true, Optional.of(NOW.withHour(21).withMinute(0)), Optional.empty(),
                Optional.empty());
        assertThat(BoxPage.status(box(BoxState.PUBLISHED), open, NOW)).isEqualTo("Nu open, tot 21:00.");
    }

    @Test
    void closedSaysWhenItOpensNextInWords() {
        OpeningStatus tomorrow = new OpeningStatus(false, Optional.empty(), Optional.of(NOW.plusDays(1).withHour(19)
                .withMinute(0)), Optional.empty());
        assertThat(BoxPage.status(box(BoxState.PUBLISHED), tomorrow, NOW))
                .isEqualTo("Nu gesloten. Deze chat opent morgen om 19:00.");
        OpeningStatus later = new OpeningStatus(false, Optional.empty(), Optional.of(ZonedDateTime.of(2027, 3, 30, 19,
                0, 0, 0, BRUSSELS)), Optional.empty());
        assertThat(BoxPage.status(box(BoxState.PUBLISHED), later, NOW))
                .isEqualTo("Nu gesloten. Deze chat opent dinsdag 30 maart om 19:00.");
    }

    @Test
    void anArchivedBoxPointsToClbchat() {
        OpeningStatus none = new OpeningStatus(false, Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(BoxPage.status(box(BoxState.ARCHIVED), none, NOW)).contains("afgelopen").contains("CLBch@t");
        assertThat(BoxPage.status(box(BoxState.PUBLISHED), none, NOW)).contains("geen nieuw moment gepland");
    }

    @Test
    void whatTheClbWroteStaysText() {
        assertThat(BoxPage.escape("<script>alert('x')</script> & \"zo\"")).isEqualTo(
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;zo&quot;");
    }
}
