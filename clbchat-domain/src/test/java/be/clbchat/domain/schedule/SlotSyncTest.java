package be.clbchat.domain.schedule;

import static be.clbchat.domain.schedule.ShiftSlotTest.NOW;
import static be.clbchat.domain.schedule.ShiftSlotTest.block;
import static be.clbchat.domain.schedule.ShiftSlotTest.operator;
import static org.assertj.core.api.Assertions.assertThat;

import be.clbchat.domain.opening.OpeningInterval;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotSyncTest {

    private static final Instant T14 = Instant.parse("2026-11-25T13:00:00Z");
    private static final List<OpeningInterval> OPEN_14_TO_21 = List.of(new OpeningInterval(
            T14.atZone(ZoneOffset.UTC), T14.plus(Duration.ofHours(7)).atZone(ZoneOffset.UTC), "schooldag"));
    private static final List<OpeningInterval> OPEN_17_TO_21 = List.of(new OpeningInterval(
            T14.plus(Duration.ofHours(3)).atZone(ZoneOffset.UTC), T14.plus(Duration.ofHours(7)).atZone(ZoneOffset.UTC),
            "schooldag"));

    private static PlannedBlock planned(Instant start, int hours) {
        return new PlannedBlock(start, start.plus(Duration.ofHours(hours)), StaffingNeed.DEFAULT, SlotOrigin.TEMPLATE);
    }

    @Test
    void missingBlocksAreCreatedOnceOnly() {
        ShiftSlot existing = block(T14, 3, StaffingNeed.DEFAULT);
        SlotSync sync = SlotSync.between(List.of(planned(T14, 3), planned(T14.plus(Duration.ofHours(3)), 4)),
                List.of(existing), OPEN_14_TO_21, NOW);
        assertThat(sync.create()).extracting(PlannedBlock::start).containsExactly(T14.plus(Duration.ofHours(3)));
        assertThat(sync.delete()).isEmpty();
    }

    @Test
    void whenTheHoursShrinkABlockWithPeopleIsFlaggedAndAnEmptyOneGoes() {
        ShiftSlot staffed = block(T14, 3, StaffingNeed.DEFAULT);
        staffed.assign(operator("a", Discipline.ARTS), AssignmentSource.SIGN_UP, "a", NOW);
        ShiftSlot empty = block(T14.plus(Duration.ofMinutes(30)), 2, StaffingNeed.DEFAULT);
        ShiftSlot evening = block(T14.plus(Duration.ofHours(3)), 4, StaffingNeed.DEFAULT);
        SlotSync sync = SlotSync.between(List.of(planned(T14.plus(Duration.ofHours(3)), 4)),
                List.of(staffed, empty, evening), OPEN_17_TO_21, NOW);
        assertThat(sync.flag()).containsExactly(staffed);
        assertThat(sync.delete()).containsExactly(empty);
        assertThat(sync.create()).isEmpty();
    }

    @Test
    void aFlaggedBlockCoveredAgainIsUnflagged() {
        ShiftSlot staffed = block(T14, 3, StaffingNeed.DEFAULT);
        staffed.assign(operator("a", Discipline.ARTS), AssignmentSource.SIGN_UP, "a", NOW);
        staffed.flag("gesloten", NOW);
        SlotSync sync = SlotSync.between(List.of(planned(T14, 3)), List.of(staffed), OPEN_14_TO_21, NOW);
        assertThat(sync.unflag()).containsExactly(staffed);
    }

    @Test
    void anEmptyTemplateBlockNoLongerInTheTemplateGoesButAManualOneStays() {
        ShiftSlot old = block(T14, 3, StaffingNeed.DEFAULT);
        ShiftSlot manual = new ShiftSlot("clbchat", T14, T14.plus(Duration.ofHours(2)), StaffingNeed.DEFAULT,
                SlotOrigin.MANUAL, "coordinator", NOW);
        SlotSync sync = SlotSync.between(List.of(planned(T14, 4)), List.of(old, manual), OPEN_14_TO_21, NOW);
        assertThat(sync.delete()).containsExactly(old);
        assertThat(sync.create()).hasSize(1);
    }

    @Test
    void pastBlocksAreHistory() {
        ShiftSlot past = block(T14, 3, StaffingNeed.DEFAULT);
        SlotSync sync = SlotSync.between(List.of(), List.of(past), List.of(), T14.plus(Duration.ofDays(1)));
        assertThat(sync.nothingToDo()).isTrue();
    }

    @Test
    void aTemplateBlockWithTheSameHoursTakesTheTemplatesNewNeedUnlessTooManyAreOnIt() {
        ShiftSlot generated = block(T14, 3, StaffingNeed.DEFAULT);
        ShiftSlot crowded = block(T14.plus(Duration.ofHours(3)), 3, StaffingNeed.DEFAULT);
        crowded.assign(operator("a", Discipline.ARTS), AssignmentSource.SIGN_UP, "a", NOW);
        crowded.assign(operator("b", Discipline.ARTS), AssignmentSource.SIGN_UP, "b", NOW);
        StaffingNeed smaller = new StaffingNeed(1, 1, true);
        SlotSync sync = SlotSync.between(List.of(
                new PlannedBlock(T14, T14.plus(Duration.ofHours(3)), smaller, SlotOrigin.TEMPLATE),
                new PlannedBlock(T14.plus(Duration.ofHours(3)), T14.plus(Duration.ofHours(6)), smaller,
                        SlotOrigin.TEMPLATE)), List.of(generated, crowded), OPEN_14_TO_21, NOW);
        assertThat(sync.renew()).containsOnlyKeys(generated).containsValue(smaller);
        assertThat(sync.create()).isEmpty();
    }
}
