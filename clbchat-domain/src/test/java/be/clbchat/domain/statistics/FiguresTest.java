package be.clbchat.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import be.clbchat.domain.chat.DeviceClass;
import be.clbchat.domain.chat.FoundVia;
import be.clbchat.domain.chat.Gender;
import be.clbchat.domain.operator.Discipline;
import be.clbchat.domain.registration.ClientType;
import be.clbchat.domain.registration.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FiguresTest {

    private static final Instant AT = Instant.parse("2026-10-05T16:00:00Z");
    private static final Map<String, String> THEMES = Map.of("pesten", "Pesten en cyberpesten",
            "studiekeuze", "Studiekeuze", "depressie", "Depressie");

    /** A chat of {@code group} that waited {@code waitSeconds} and lasted {@code minutes}. */
    private static ChatFact chat(ClientType group, long waitSeconds, long minutes, Integer stars, Set<String> themes,
                                 Set<Outcome> outcomes) {
        Instant accepted = AT.plusSeconds(waitSeconds);
        return new ChatFact("clbchat", Optional.empty(), AT, accepted, Optional.of(accepted.plus(Duration.ofMinutes(minutes))),
                group, Optional.of(15), Optional.of(Gender.GIRL), Optional.of(DeviceClass.MOBILE),
                Optional.ofNullable(stars), Optional.of(FoundVia.SMARTSCHOOL), outcomes.contains(Outcome.ABORTED), false,
                "op-1", themes, outcomes);
    }

    private static Figures figures(List<ChatFact> facts) {
        return Figures.of(facts, 10, THEMES, Map.of(), 0);
    }

    @Test
    void aChatWithSeveralOutcomesCountsInTheShareOfEach() {
        List<ChatFact> facts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            facts.add(chat(ClientType.PUPIL, 60, 20, 4, Set.of(),
                    i < 6 ? Set.of(Outcome.INFO_ADVICE, Outcome.SUPPORT) : Set.of(Outcome.SUPPORT)));
        }
        Map<Outcome, Share> outcomes = figures(facts).outcomes().get(ClientType.PUPIL);
        assertThat(outcomes.get(Outcome.SUPPORT).value()).isEqualTo(1.0);
        assertThat(outcomes.get(Outcome.INFO_ADVICE).value()).isEqualTo(0.6);
        assertThat(outcomes.get(Outcome.REFERRED_CLB).value()).isZero();
        assertThat(outcomes.values().stream().mapToDouble(Share::value).sum()).isEqualTo(1.6);
        assertThat(outcomes.values()).noneMatch(Share::hidden);
    }

    @Test
    void aBreakdownOfFewerThanFiveChatsIsHiddenAndSoIsACountOfOneToFour() {
        List<ChatFact> facts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            facts.add(chat(ClientType.PARENT, 60, 20, 5, Set.of("pesten"), Set.of(Outcome.SUPPORT)));
        }
        for (int i = 0; i < 8; i++) {
            facts.add(chat(ClientType.PUPIL, 60, 20, 4, i < 3 ? Set.of("pesten") : Set.of("studiekeuze"),
                    Set.of(Outcome.SUPPORT)));
        }
        Figures figures = figures(facts);
        assertThat(figures.outcomes().get(ClientType.PARENT).get(Outcome.SUPPORT).hidden()).isTrue();
        assertThat(figures.foundVia().get(ClientType.PARENT).get(FoundVia.SMARTSCHOOL).hidden()).isTrue();
        assertThat(figures.averageRating().get(ClientType.PARENT).hidden()).isTrue();
        assertThat(figures.averageRating().get(ClientType.PUPIL).hidden()).isFalse();
        assertThat(figures.topThemes().get(ClientType.PUPIL)).extracting(theme -> theme.code(),
                theme -> theme.count().hidden()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("studiekeuze", false),
                org.assertj.core.groups.Tuple.tuple("pesten", true));
        assertThat(DutchNumbers.count(figures.topThemes().get(ClientType.PUPIL).get(1).count())).isEqualTo("< 5");
        // Of 8 pupils, all girls: 100%, a zero for boys is shown.
        assertThat(DutchNumbers.share(figures.pupilGender().get(Gender.GIRL))).isEqualTo("100,0%");
        assertThat(DutchNumbers.share(figures.pupilGender().get(Gender.BOY))).isEqualTo("0,0%");
        // Counts per group are not a breakdown: they are shown exactly.
        assertThat(figures.byGroup()).containsEntry(ClientType.PARENT, 4L).containsEntry(ClientType.PUPIL, 8L);
    }

    @Test
    void averagesLeaveOutChatsWithoutARatingAndRunningChatsFromTheDuration() {
        List<ChatFact> facts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            facts.add(chat(ClientType.PUPIL, 120, 10, 5, Set.of(), Set.of()));
        }
        facts.add(chat(ClientType.PUPIL, 120, 40, null, Set.of(), Set.of()));
        facts.add(chat(ClientType.PUPIL, 120, 40, null, Set.of(), Set.of()));
        facts.add(chat(ClientType.PUPIL, 120, 40, 3, Set.of(), Set.of()));
        ChatFact running = new ChatFact("clbchat", Optional.empty(), AT, AT.plusSeconds(600), Optional.empty(),
                ClientType.PUPIL, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, false, "op-2", Set.of(), Set.of());
        facts.add(running);
        Figures figures = figures(facts);
        assertThat(figures.averageRating().get(ClientType.PUPIL).value()).hasValue(28.0 / 6);
        assertThat(figures.averageDurationMinutes().value()).hasValue((5 * 10 + 3 * 40) / 8.0);
        assertThat(figures.averageWaitMinutes().value()).hasValue((8 * 2 + 10) / 9.0);
        assertThat(figures.mobileShare()).isEqualTo(Share.of(8, 8));
        assertThat(figures.chatsPerOpeningDay()).hasValue(0.9);
        assertThat(figures.averagePupilAge().value()).hasValue(15.0);
    }

    @Test
    void nothingAnsweredGivesEmptyAveragesNotZeros() {
        Figures figures = Figures.of(List.of(), 0, THEMES, Map.of(), 0);
        assertThat(figures.chats()).isZero();
        assertThat(figures.averageWaitMinutes().value()).isEmpty();
        assertThat(figures.chatsPerOpeningDay()).isEmpty();
        assertThat(DutchNumbers.share(figures.fakeCallShare())).isEqualTo("–");
        assertThat(figures.operators().active()).isZero();
    }

    @Test
    void operatorsAreCountedWithTheirSpreadAndDiscipline() {
        List<ChatFact> facts = new ArrayList<>();
        String[] operators = {"a", "a", "a", "b", "c", "c", "c", "c", "c", "c"};
        for (String operator : operators) {
            facts.add(new ChatFact("clbchat", Optional.empty(), AT, AT, Optional.of(AT), ClientType.PUPIL,
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                    false, operator, Set.of(), Set.of()));
        }
        Figures.Operators figures = Figures.of(facts, 1, THEMES,
                Map.of("a", Discipline.ARTS, "c", Discipline.PSYCHOLOOG_PEDAGOOG), 0).operators();
        assertThat(figures.active()).isEqualTo(3);
        assertThat(figures.chatsPerOperator().value()).hasValue(10 / 3.0);
        assertThat(List.of(figures.fewest(), figures.median(), figures.most())).containsExactly(1L, 3L, 6L);
        assertThat(figures.byDiscipline()).containsEntry(Optional.of(Discipline.ARTS), 1L)
                .containsEntry(Optional.of(Discipline.PSYCHOLOOG_PEDAGOOG), 1L)
                .containsEntry(Optional.of(Discipline.VERPLEEGKUNDIGE), 0L).containsEntry(Optional.empty(), 1L);
    }

    @Test
    void boxChatsAreCountedApartWithTheirParents() {
        List<ChatFact> facts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            facts.add(new ChatFact("box-1", Optional.of("clb-noord"), AT, AT, Optional.of(AT),
                    i < 4 ? ClientType.PARENT : ClientType.PUPIL, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(i < 5 ? 4 : 5), Optional.empty(), false, false, "x", Set.of(), Set.of()));
        }
        facts.add(chat(ClientType.PUPIL, 1, 1, 1, Set.of(), Set.of()));
        Figures.Boxes boxes = Figures.of(facts, 1, THEMES, Map.of(), 1).boxes();
        assertThat(boxes).extracting(Figures.Boxes::centresOpen, Figures.Boxes::chats, Figures.Boxes::withParents)
                .containsExactly(1L, 6L, 4L);
        assertThat(boxes.averageRating().value()).hasValue(25 / 6.0);
    }
}
