package be.clbchat.domain.quality;

import static org.assertj.core.api.Assertions.assertThat;

import be.clbchat.domain.operator.Discipline;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LiveBoardTest {

    private static final Instant NOW = Instant.parse("2026-12-01T19:30:00Z");
    private static final List<LiveBoard.LineInfo> LINES = List.of(new LiveBoard.LineInfo("clbchat", "CLBch@t"),
            new LiveBoard.LineInfo("box-gent", "Box Gent"));

    @Test
    void eachLineShowsItsQueueItsTeamOnlineAndItsChats() {
        List<LiveBoard.LineView> board = LiveBoard.of(LINES,
                List.of(new LiveBoard.Waiting("clbchat", NOW.minusSeconds(300)),
                        new LiveBoard.Waiting("clbchat", NOW.minusSeconds(60)),
                        new LiveBoard.Waiting("box-gent", NOW.minusSeconds(10))),
                List.of(new LiveBoard.Online("robin", "Robin", Discipline.PSYCHOLOOG_PEDAGOOG, true, Set.of("clbchat"), 2),
                        new LiveBoard.Online("an", "An", Discipline.VERPLEEGKUNDIGE, false, Set.of("clbchat"), 0),
                        new LiveBoard.Online("gent1", null, null, true, Set.of("box-gent"), 0)),
                List.of(new LiveBoard.Active("clbchat", "Robin", NOW.minus(Duration.ofMinutes(46))),
                        new LiveBoard.Active("clbchat", "Robin", NOW.minus(Duration.ofMinutes(5)))),
                List.of(), NOW);

        LiveBoard.LineView clbchat = board.get(0);
        assertThat(clbchat.waiting()).isEqualTo(2);
        assertThat(clbchat.longestWait()).contains(Duration.ofMinutes(5));
        assertThat(clbchat.operators()).extracting(LiveBoard.OperatorView::alias, LiveBoard.OperatorView::discipline,
                        LiveBoard.OperatorView::chats)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("An", "verpleegkundige", 0),
                        org.assertj.core.groups.Tuple.tuple("Robin", "psycholoog/pedagoog", 2));
        assertThat(clbchat.medicalOnline()).isTrue();
        assertThat(clbchat.chats()).extracting(LiveBoard.ChatView::minutes, LiveBoard.ChatView::overLongest)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(46L, true),
                        org.assertj.core.groups.Tuple.tuple(5L, false));
        assertThat(clbchat.roster()).isEmpty();

        LiveBoard.LineView box = board.get(1);
        assertThat(box.waiting()).isOne();
        assertThat(box.operators()).extracting(LiveBoard.OperatorView::alias).containsExactly("(nog geen schuilnaam)");
        assertThat(box.medicalOnline()).isFalse();
        assertThat(box.chats()).isEmpty();
    }

    @Test
    void theBlockOfNowIsComparedWithWhoIsReallyOnline() {
        LiveBoard.Block now = new LiveBoard.Block("clbchat", NOW.minusSeconds(3600), NOW.plusSeconds(3600),
                Map.of("robin", false, "an", true, "sam", false, "lien", false, "bo", false));
        LiveBoard.Block later = new LiveBoard.Block("clbchat", NOW.plusSeconds(3600), NOW.plusSeconds(7200),
                Map.of("robin", false));
        List<LiveBoard.Online> online = List.of(
                new LiveBoard.Online("robin", "Robin", Discipline.PSYCHOLOOG_PEDAGOOG, true, Set.of("clbchat"), 1),
                new LiveBoard.Online("sam", "Sam", Discipline.MAATSCHAPPELIJK_WERKER, true, Set.of("clbchat"), 0),
                new LiveBoard.Online("lien", "Lien", Discipline.PSYCHOLOOG_PEDAGOOG, true, Set.of("clbchat"), 0),
                new LiveBoard.Online("bo", "Bo", Discipline.PSYCHOLOOG_PEDAGOOG, true, Set.of("clbchat"), 0),
                new LiveBoard.Online("extra", "Extra", Discipline.ARTS, true, Set.of("clbchat"), 0));
        LiveBoard.RosterView roster = LiveBoard.of(LINES.subList(0, 1), List.of(), online, List.of(),
                List.of(later, now), NOW).get(0).roster().orElseThrow();
        assertThat(roster.planned()).isEqualTo(5);
        assertThat(roster.plannedOnline()).isEqualTo(4);
        assertThat(roster.medicalPlanned()).isTrue();
        assertThat(roster.summary()).isEqualTo("4/5 ingepland online · medisch ✓");

        LiveBoard.RosterView without = LiveBoard.of(LINES.subList(0, 1), List.of(), online.subList(0, 2), List.of(),
                List.of(now), NOW).get(0).roster().orElseThrow();
        assertThat(without.summary()).isEqualTo("2/5 ingepland online · medisch ✗");
    }
}
