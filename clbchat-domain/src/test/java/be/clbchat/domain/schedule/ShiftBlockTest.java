package be.clbchat.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clbchat.domain.Refusal;
import be.clbchat.domain.clb.ClbNetwork;
import be.clbchat.domain.operator.Discipline;
import be.clbchat.domain.operator.Operator;
import be.clbchat.domain.operator.OperatorProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShiftBlockTest {

    static final Instant EVENING = Instant.parse("2026-11-25T17:30:00Z");
    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final Duration CUTOFF = Duration.ofHours(48);

    static Operator operator(String username, Discipline discipline) {
        Operator operator = new Operator(username);
        operator.describe(new OperatorProfile("Naam " + username, discipline, "CLB demo", ClbNetwork.GO, true, 4,
                null));
        return operator;
    }

    static ShiftBlock blockAt(Instant start, int hours, StaffingNeed need) {
        return new ShiftBlock("clbchat", start, start.plus(Duration.ofHours(hours)), need, BlockOrigin.TEMPLATE,
                "test", NOW);
    }

    @Test
    void coverageSaysShortThenWithoutMedicThenInOrderThenFull() {
        ShiftBlock block = blockAt(EVENING, 3, new StaffingNeed(2, 3, true));
        assertThat(block.coverage().state()).isEqualTo(Coverage.State.SHORT);
        assertThat(block.coverage().summary()).isEqualTo("0/2 (max 3) · geen medisch");
        block.assign(operator("a", Discipline.PSYCHOLOOG_PEDAGOOG), AssignmentSource.SIGN_UP, "a", NOW, CUTOFF, List.of());
        block.assign(operator("b", Discipline.MAATSCHAPPELIJK_WERKER), AssignmentSource.SIGN_UP, "b", NOW, CUTOFF, List.of());
        assertThat(block.coverage().state()).isEqualTo(Coverage.State.NO_MEDICAL);
        assertThat(block.coverage().needsAttention()).isTrue();
        block.assign(operator("c", Discipline.VERPLEEGKUNDIGE), AssignmentSource.COORDINATOR, "coord", NOW, CUTOFF, List.of());
        assertThat(block.coverage().state()).isEqualTo(Coverage.State.FULL);
        assertThat(block.coverage().summary()).isEqualTo("3/2 (max 3) · medisch ✓");
        block.unassign("a");
        assertThat(block.coverage().state()).isEqualTo(Coverage.State.OK);
    }

    @Test
    void aFullBlockTakesNobodyMore() {
        ShiftBlock block = blockAt(EVENING, 3, new StaffingNeed(1, 1, false));
        block.assign(operator("a", Discipline.ARTS), AssignmentSource.SIGN_UP, "a", NOW, CUTOFF, List.of());
        assertThatThrownBy(() -> block.assign(operator("b", Discipline.ARTS), AssignmentSource.SIGN_UP, "b", NOW, CUTOFF, List.of()))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.code()).isEqualTo("block-full");
                    assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT);
                });
        assertThat(block.assignments()).hasSize(1);
    }

    @Test
    void nobodyTwiceNobodyInactiveNobodyOnAFlaggedBlock() {
        ShiftBlock block = blockAt(EVENING, 3, StaffingNeed.DEFAULT);
        Operator a = operator("a", Discipline.ARTS);
        block.assign(a, AssignmentSource.SIGN_UP, "a", NOW, CUTOFF, List.of());
        assertThatThrownBy(() -> block.assign(a, AssignmentSource.SIGN_UP, "a", NOW, CUTOFF, List.of()))
                .hasFieldOrPropertyWithValue("code", "already-on-block");
        Operator resting = new Operator("rest");
        resting.describe(new OperatorProfile("Rust", Discipline.ARTS, "CLB", ClbNetwork.POV, false, 0, null));
        assertThatThrownBy(() -> block.assign(resting, AssignmentSource.COORDINATOR, "c", NOW, CUTOFF, List.of()))
                .hasFieldOrPropertyWithValue("code", "operator-inactive");
        block.flag("buiten de uren", NOW);
        assertThatThrownBy(() -> block.assign(operator("b", Discipline.ARTS), AssignmentSource.SIGN_UP, "b", NOW, CUTOFF, List.of()))
                .hasFieldOrPropertyWithValue("code", "block-flagged");
        assertThat(block.coverage().state()).isEqualTo(Coverage.State.FLAGGED);
    }

    @Test
    void theMaximumCannotDropBelowWhoIsOnIt() {
        ShiftBlock block = blockAt(EVENING, 3, StaffingNeed.DEFAULT);
        block.assign(operator("a", Discipline.ARTS), AssignmentSource.SIGN_UP, "a", NOW, CUTOFF, List.of());
        block.assign(operator("b", Discipline.ARTS), AssignmentSource.SIGN_UP, "b", NOW, CUTOFF, List.of());
        assertThatThrownBy(() -> block.changeNeed(new StaffingNeed(1, 1, true)))
                .hasFieldOrPropertyWithValue("code", "above-new-maximum");
        assertThat(block.need()).isEqualTo(StaffingNeed.DEFAULT);
    }

    @Test
    void minimumAboveMaximumIsRefused() {
        assertThatThrownBy(() -> new StaffingNeed(6, 4, true)).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.getMessage()).isEqualTo("Het minimum (6) is groter dan het maximum (4)."));
        assertThatThrownBy(() -> new StaffingNeed(0, 4, true)).hasFieldOrPropertyWithValue("code", "invalid-minimum");
    }

    @Test
    void signingUpStopsAtTheCutoff() {
        ShiftBlock block = blockAt(EVENING, 3, StaffingNeed.DEFAULT);
        Duration cutoff = Duration.ofHours(48);
        block.assign(operator("a", Discipline.ARTS), AssignmentSource.SIGN_UP, "a",
                EVENING.minus(Duration.ofHours(49)), cutoff, List.of());
        assertThatThrownBy(() -> block.assign(operator("b", Discipline.ARTS), AssignmentSource.SIGN_UP, "b",
                EVENING.minus(Duration.ofHours(48)), cutoff, List.of()))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.code()).isEqualTo("after-cutoff");
                    assertThat(r.getMessage()).startsWith("Inschrijven of uitschrijven kan tot 48 uur voor het begin");
                });
        assertThatThrownBy(() -> block.withdraw("a", EVENING.minus(Duration.ofHours(48)), cutoff))
                .hasFieldOrPropertyWithValue("code", "after-cutoff");
        assertThatThrownBy(() -> block.assign(operator("b", Discipline.ARTS), AssignmentSource.SIGN_UP, "b",
                EVENING.plus(Duration.ofHours(4)), cutoff, List.of()))
                .hasFieldOrPropertyWithValue("code", "block-over");
        assertThat(block.assignments()).extracting(ShiftAssignment::username).containsExactly("a");
    }

    @Test
    void aCoordinatorMayPlaceAfterTheCutoffUntilTheEndASuggestionUntilTheStart() {
        ShiftBlock block = blockAt(EVENING, 3, StaffingNeed.DEFAULT);
        Instant during = EVENING.plus(Duration.ofHours(1));
        assertThatThrownBy(() -> block.assign(operator("s", Discipline.ARTS), AssignmentSource.SUGGESTION, "coord",
                during, CUTOFF, List.of())).hasFieldOrPropertyWithValue("code", "block-started");
        block.assign(operator("c", Discipline.ARTS), AssignmentSource.COORDINATOR, "coord", during, CUTOFF, List.of());
        assertThatThrownBy(() -> block.assign(operator("d", Discipline.ARTS), AssignmentSource.COORDINATOR, "coord",
                EVENING.plus(Duration.ofHours(3)), CUTOFF, List.of())).hasFieldOrPropertyWithValue("code", "block-over");
        assertThat(block.assignments()).extracting(ShiftAssignment::username).containsExactly("c");
    }

    @Test
    void whatAnOperatorMayDoThemselvesIsWhatAssignAndWithdrawAllow() {
        ShiftBlock block = blockAt(EVENING, 3, new StaffingNeed(1, 1, false));
        assertThat(block.selfServiceRefusal("a", NOW, CUTOFF)).isEmpty();
        block.assign(operator("a", Discipline.ARTS), AssignmentSource.SIGN_UP, "a", NOW, CUTOFF, List.of());
        assertThat(block.selfServiceRefusal("a", NOW, CUTOFF)).as("a may withdraw from a full block").isEmpty();
        assertThat(block.selfServiceRefusal("b", NOW, CUTOFF)).map(Refusal::code).contains("block-full");
        block.flag("buiten de uren", NOW);
        assertThat(block.selfServiceRefusal("b", NOW, CUTOFF)).map(Refusal::code).contains("block-flagged");
        assertThat(block.selfServiceRefusal("a", NOW, CUTOFF)).isEmpty();
        Instant late = EVENING.minus(Duration.ofHours(47));
        assertThat(block.selfServiceRefusal("a", late, CUTOFF)).map(Refusal::code).contains("after-cutoff");
        assertThatThrownBy(() -> block.withdraw("a", late, CUTOFF)).hasFieldOrPropertyWithValue("code", "after-cutoff");
        assertThat(block.selfServiceRefusal("b", EVENING.plus(Duration.ofHours(3)), CUTOFF)).map(Refusal::code)
                .contains("block-over");
    }

    @Test
    void overlappingBlocksCannotBothBeTakenButBackToBackCan() {
        ShiftBlock first = blockAt(EVENING, 3, StaffingNeed.DEFAULT);
        ShiftBlock handOver = blockAt(EVENING.plus(Duration.ofMinutes(150)), 3, StaffingNeed.DEFAULT);
        ShiftBlock after = blockAt(EVENING.plus(Duration.ofHours(3)), 2, StaffingNeed.DEFAULT);
        Operator a = operator("a", Discipline.ARTS);
        for (AssignmentSource source : AssignmentSource.values()) {
            assertThatThrownBy(() -> handOver.assign(a, source, "a", NOW, CUTOFF, List.of(first)))
                    .hasFieldOrPropertyWithValue("code", "overlapping-shift");
        }
        assertThat(handOver.assignments()).isEmpty();
        after.assign(a, AssignmentSource.SIGN_UP, "a", NOW, CUTOFF, List.of(first, after));
        assertThat(after.assignments()).hasSize(1);
    }
}
