package be.clbchat.domain.box;

import static org.assertj.core.api.Assertions.assertThat;

import be.clbchat.domain.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoxWindowTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Instant NOW = Instant.parse("2027-03-20T12:00:00Z");

    private static BoxWindow local(String start, String end) {
        return BoxWindow.local(LocalDateTime.parse(start), LocalDateTime.parse(end), BRUSSELS);
    }

    private static Refusal refusalOf(List<BoxWindow> windows, List<BoxWindow> stored) {
        try {
            BoxWindow.check(windows, stored, NOW);
        } catch (Refusal refusal) {
            return refusal;
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void windowsComeBackInTimeOrder() {
        BoxWindow later = local("2027-03-25T19:00", "2027-03-25T21:00");
        BoxWindow sooner = local("2027-03-22T19:00", "2027-03-22T21:00");
        assertThat(BoxWindow.check(List.of(later, sooner), List.of(), NOW)).containsExactly(sooner, later);
    }

    @Test
    void aWindowAcrossMidnightIsOneWindowAndContainsTheMinutesAfterMidnight() {
        BoxWindow night = local("2027-03-22T22:00", "2027-03-23T01:00");
        assertThat(BoxWindow.check(List.of(night), List.of(), NOW)).containsExactly(night);
        assertThat(night.contains(LocalDateTime.parse("2027-03-23T00:30").atZone(BRUSSELS).toInstant())).isTrue();
        assertThat(night.contains(LocalDateTime.parse("2027-03-23T01:00").atZone(BRUSSELS).toInstant())).isFalse();
    }

    @Test
    void aWindowOverTheSpringForwardNightIsAnHourShorterThanItsClockTimesSay() {
        // 28 March 2027: at 02:00 the clocks in Brussels jump to 03:00.
        BoxWindow window = local("2027-03-28T01:00", "2027-03-28T04:00");
        assertThat(Duration.between(window.start(), window.end())).isEqualTo(Duration.ofHours(2));
        // A start typed inside the gap moves an hour later, as the clock shows it.
        BoxWindow inGap = local("2027-03-28T02:30", "2027-03-28T05:00");
        assertThat(inGap.start().atZone(BRUSSELS).toLocalTime()).hasToString("03:30");
    }

    @Test
    void aWindowOverTheAutumnNightIsAnHourLonger() {
        BoxWindow window = local("2027-10-31T01:00", "2027-10-31T04:00");
        assertThat(Duration.between(window.start(), window.end())).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void overlappingWindowsAreRefusedNamingTheLaterOne() {
        Refusal refusal = refusalOf(List.of(local("2027-03-22T19:00", "2027-03-22T21:00"),
                local("2027-03-22T20:30", "2027-03-22T22:00")), List.of());
        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(refusal.fields()).containsOnlyKeys("windows[1]");
        assertThat(refusal.fields().get("windows[1]")).contains("overlapt met tijdvenster 1");
    }

    @Test
    void windowsThatOnlyTouchMayFollowEachOther() {
        assertThat(BoxWindow.check(List.of(local("2027-03-22T19:00", "2027-03-22T21:00"),
                local("2027-03-22T21:00", "2027-03-22T22:00")), List.of(), NOW)).hasSize(2);
    }

    @Test
    void anEndBeforeOrAtTheStartIsRefused() {
        assertThat(refusalOf(List.of(local("2027-03-22T21:00", "2027-03-22T19:00")), List.of()).fields())
                .containsEntry("windows[0]", "Het einde ligt niet na het begin.");
        assertThat(refusalOf(List.of(local("2027-03-22T21:00", "2027-03-22T21:00")), List.of()).fields())
                .containsKey("windows[0]");
    }

    @Test
    void aMissingTimeIsRefused() {
        assertThat(refusalOf(List.of(new BoxWindow(null, NOW)), List.of()).fields())
                .containsEntry("windows[0]", "Geef een begin en een einde.");
    }

    @Test
    void aNewWindowWhollyInThePastIsRefusedButAStoredOneIsKept() {
        BoxWindow lastWeek = local("2027-03-13T19:00", "2027-03-13T21:00");
        assertThat(refusalOf(List.of(lastWeek), List.of()).fields())
                .containsEntry("windows[0]", "Dit tijdvenster ligt helemaal in het verleden.");
        assertThat(BoxWindow.check(List.of(lastWeek), List.of(lastWeek), NOW)).containsExactly(lastWeek);
    }

    @Test
    void aWindowThatRunsNowIsNotInThePast() {
        BoxWindow running = new BoxWindow(NOW.minusSeconds(3600), NOW.plusSeconds(3600));
        assertThat(BoxWindow.check(List.of(running), List.of(), NOW)).containsExactly(running);
    }

    @Test
    void aWindowLastsAtMostThirtyOneDays() {
        assertThat(refusalOf(List.of(new BoxWindow(NOW, NOW.plus(Duration.ofDays(32)))), List.of()).fields())
                .containsKey("windows[0]");
        assertThat(BoxWindow.check(List.of(new BoxWindow(NOW, NOW.plus(Duration.ofDays(31)))), List.of(), NOW))
                .hasSize(1);
    }
}
