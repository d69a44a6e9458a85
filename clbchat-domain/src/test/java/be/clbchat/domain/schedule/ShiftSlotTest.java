package be.clbchat.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clbchat.domain.chat.Operator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShiftSlotTest {

    static final Instant EVENING = Instant.parse("2026-11-25T17:30:00Z");
    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    static Operator operator(String username, Discipline discipline) {
        Operator operator = new Operator(username);
        operator.describe(new OperatorProfile("Naam " + username, discipline, "CLB demo", ClbNetwork.GO, true, 4,
                null));
        return operator;
    }

    static ShiftSlot block(Instant start, int hours, StaffingNeed need) {
        return new ShiftSlot("clbchat", start, start.plus(Duration.ofHours(hours)), need, SlotOrigin.TEMPLATE,
                "test", NOW);
    }

    @Test
    void coverageSaysShortThenWithoutMedicThenInOrderThenFull() {
        ShiftSlot slot = block(EVENING, 3, new StaffingNeed(2, 3, true));
        assertThat(slot.coverage().state()).isEqualTo(Coverage.State.SHORT);
        assertThat(slot.coverage().summary()).isEqualTo("0/2 (max 3) · geen medisch");
        slot.assign(operator("a", Discipline.PSYCHOLOOG_PEDAGOOG), AssignmentSource.SIGN_UP, "a", NOW);
        slot.assign(operator("b", Discipline.MAATSCHAPPELIJK_WERKER), AssignmentSource.SIGN_UP, "b", NOW);
        assertThat(slot.coverage().state()).isEqualTo(Coverage.State.NO_MEDICAL);
        assertThat(slot.coverage().needsAttention()).isTrue();
        slot.assign(operator("c", Discipline.VERPLEEGKUNDIGE), AssignmentSource.COORDINATOR, "coord", NOW);
        assertThat(slot.coverage().state()).isEqualTo(Coverage.State.FULL);
        assertThat(slot.coverage().summary()).isEqualTo("3/2 (max 3) · medisch ✓");
        slot.unassign("a");
        assertThat(slot.coverage().state()).isEqualTo(Coverage.State.OK);
    }

    @Test
    void aFullBlockTakesNobodyMore() {
        ShiftSlot slot = block(EVENING, 3, new StaffingNeed(1, 1, false));
        slot.assign(operator("a", Discipline.ARTS), AssignmentSource.SIGN_UP, "a", NOW);
        assertThatThrownBy(() -> slot.assign(operator("b", Discipline.ARTS), AssignmentSource.SIGN_UP, "b", NOW))
                .isInstanceOfSatisfying(ShiftRefusal.class, r -> {
                    assertThat(r.code()).isEqualTo("block-full");
                    assertThat(r.kind()).isEqualTo(ShiftRefusal.Kind.CONFLICT);
                });
        assertThat(slot.assignments()).hasSize(1);
    }

    @Test
    void nobodyTwiceNobodyInactiveNobodyOnAFlaggedBlock() {
        ShiftSlot slot = block(EVENING, 3, StaffingNeed.DEFAULT);
        Operator a = operator("a", Discipline.ARTS);
        slot.assign(a, AssignmentSource.SIGN_UP, "a", NOW);
        assertThatThrownBy(() -> slot.assign(a, AssignmentSource.SIGN_UP, "a", NOW))
                .hasFieldOrPropertyWithValue("code", "already-on-block");
        Operator resting = new Operator("rest");
        resting.describe(new OperatorProfile("Rust", Discipline.ARTS, "CLB", ClbNetwork.POV, false, 0, null));
        assertThatThrownBy(() -> slot.assign(resting, AssignmentSource.COORDINATOR, "c", NOW))
                .hasFieldOrPropertyWithValue("code", "operator-inactive");
        slot.flag("buiten de uren", NOW);
        assertThatThrownBy(() -> slot.assign(operator("b", Discipline.ARTS), AssignmentSource.SIGN_UP, "b", NOW))
                .hasFieldOrPropertyWithValue("code", "block-flagged");
        assertThat(slot.coverage().state()).isEqualTo(Coverage.State.FLAGGED);
    }

    @Test
    void theMaximumCannotDropBelowWhoIsOnIt() {
        ShiftSlot slot = block(EVENING, 3, StaffingNeed.DEFAULT);
        slot.assign(operator("a", Discipline.ARTS), AssignmentSource.SIGN_UP, "a", NOW);
        slot.assign(operator("b", Discipline.ARTS), AssignmentSource.SIGN_UP, "b", NOW);
        assertThatThrownBy(() -> slot.changeNeed(new StaffingNeed(1, 1, true)))
                .hasFieldOrPropertyWithValue("code", "above-new-maximum");
        assertThat(slot.need()).isEqualTo(StaffingNeed.DEFAULT);
    }

    @Test
    void minimumAboveMaximumIsRefused() {
        assertThatThrownBy(() -> new StaffingNeed(6, 4, true)).isInstanceOfSatisfying(ShiftRefusal.class,
                r -> assertThat(r.getMessage()).isEqualTo("Het minimum (6) is groter dan het maximum (4)."));
        assertThatThrownBy(() -> new StaffingNeed(0, 4, true)).hasFieldOrPropertyWithValue("code", "invalid-minimum");
    }

    @Test
    void signingUpStopsAtTheCutoff() {
        ShiftSlot slot = block(EVENING, 3, StaffingNeed.DEFAULT);
        Duration cutoff = Duration.ofHours(48);
        ShiftRules.checkBeforeCutoff(slot, EVENING.minus(Duration.ofHours(49)), cutoff);
        assertThatThrownBy(() -> ShiftRules.checkBeforeCutoff(slot, EVENING.minus(Duration.ofHours(48)), cutoff))
                .isInstanceOfSatisfying(ShiftRefusal.class, r -> {
                    assertThat(r.code()).isEqualTo("after-cutoff");
                    assertThat(r.getMessage()).startsWith("Inschrijven of uitschrijven kan tot 48 uur voor het begin");
                });
        assertThatThrownBy(() -> ShiftRules.checkBeforeCutoff(slot, EVENING.plus(Duration.ofHours(4)), cutoff))
                .hasFieldOrPropertyWithValue("code", "block-over");
    }

    @Test
    void overlappingBlocksCannotBothBeTakenButBackToBackCan() {
        ShiftSlot first = block(EVENING, 3, StaffingNeed.DEFAULT);
        ShiftSlot handOver = block(EVENING.plus(Duration.ofMinutes(150)), 3, StaffingNeed.DEFAULT);
        ShiftSlot after = block(EVENING.plus(Duration.ofHours(3)), 2, StaffingNeed.DEFAULT);
        assertThatThrownBy(() -> ShiftRules.checkNoOverlap(handOver, List.of(first)))
                .hasFieldOrPropertyWithValue("code", "overlapping-shift");
        ShiftRules.checkNoOverlap(after, List.of(first));
    }
}
