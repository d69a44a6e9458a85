package be.clbchat.domain.schedule;

import static be.clbchat.domain.schedule.ShiftBlockTest.NOW;
import static be.clbchat.domain.schedule.ShiftBlockTest.blockAt;
import static be.clbchat.domain.schedule.ShiftBlockTest.operator;
import static org.assertj.core.api.Assertions.assertThat;

import be.clbchat.domain.opening.OpeningInterval;
import be.clbchat.domain.operator.Discipline;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockSyncTest {

    private static final Instant T14 = Instant.parse("2026-11-25T13:00:00Z");
    private static final List<OpeningInterval> OPEN_14_TO_21 = List.of(new OpeningInterval(
            T14.atZone(ZoneOffset.UTC), T14.plus(Duration.ofHours(7)).atZone(ZoneOffset.UTC), "schooldag"));
    private static final List<OpeningInterval> OPEN_17_TO_21 = List.of(new OpeningInterval(
            T14.plus(Duration.ofHours(3)).atZone(ZoneOffset.UTC), T14.plus(Duration.ofHours(7)).atZone(ZoneOffset.UTC),
            "schooldag"));

    private static PlannedBlock planned(Instant start, int hours) {
        return new PlannedBlock(start, start.plus(Duration.ofHours(hours)), StaffingNeed.DEFAULT, BlockOrigin.TEMPLATE);
    }

    @Test
    void missingBlocksAreCreatedOnceOnly() {
        ShiftBlock existing = blockAt(T14, 3, StaffingNeed.DEFAULT);
        BlockSync sync = BlockSync.between(List.of(planned(T14, 3), planned(T14.plus(Duration.ofHours(3)), 4)),
                List.of(existing), OPEN_14_TO_21, NOW);
        assertThat(sync.create()).extracting(PlannedBlock::start).containsExactly(T14.plus(Duration.ofHours(3)));
        assertThat(sync.delete()).isEmpty();
    }

    @Test
    void whenTheHoursShrinkABlockWithPeopleIsFlaggedAndAnEmptyOneGoes() {
        ShiftBlock staffed = blockAt(T14, 3, StaffingNeed.DEFAULT);
        staffed.assign(operator("a", Discipline.ARTS), AssignmentSource.SIGN_UP, "a", NOW, Duration.ofHours(48), List.of());
        ShiftBlock empty = blockAt(T14.plus(Duration.ofMinutes(30)), 2, StaffingNeed.DEFAULT);
        ShiftBlock evening = blockAt(T14.plus(Duration.ofHours(3)), 4, StaffingNeed.DEFAULT);
        BlockSync sync = BlockSync.between(List.of(planned(T14.plus(Duration.ofHours(3)), 4)),
                List.of(staffed, empty, evening), OPEN_17_TO_21, NOW);
        assertThat(sync.flag()).containsExactly(staffed);
        assertThat(sync.delete()).containsExactly(empty);
        assertThat(sync.create()).isEmpty();
    }

    @Test
    void aFlaggedBlockCoveredAgainIsUnflagged() {
        ShiftBlock staffed = blockAt(T14, 3, StaffingNeed.DEFAULT);
        staffed.assign(operator("a", Discipline.ARTS), AssignmentSource.SIGN_UP, "a", NOW, Duration.ofHours(48), List.of());
        staffed.flag("gesloten", NOW);
        BlockSync sync = BlockSync.between(List.of(planned(T14, 3)), List.of(staffed), OPEN_14_TO_21, NOW);
        assertThat(sync.unflag()).containsExactly(staffed);
    }

    @Test
    void anEmptyTemplateBlockNoLongerInTheTemplateGoesButAManualOneStays() {
        ShiftBlock old = blockAt(T14, 3, StaffingNeed.DEFAULT);
        ShiftBlock manual = new ShiftBlock("clbchat", T14, T14.plus(Duration.ofHours(2)), StaffingNeed.DEFAULT,
                BlockOrigin.MANUAL, "coordinator", NOW);
        BlockSync sync = BlockSync.between(List.of(planned(T14, 4)), List.of(old, manual), OPEN_14_TO_21, NOW);
        assertThat(sync.delete()).containsExactly(old);
        assertThat(sync.create()).hasSize(1);
    }

    @Test
    void pastBlocksAreHistory() {
        ShiftBlock past = blockAt(T14, 3, StaffingNeed.DEFAULT);
        BlockSync sync = BlockSync.between(List.of(), List.of(past), List.of(), T14.plus(Duration.ofDays(1)));
        assertThat(sync.nothingToDo()).isTrue();
    }

    @Test
    void aTemplateBlockWithTheSameHoursTakesTheTemplatesNewNeedUnlessTooManyAreOnIt() {
        ShiftBlock generated = blockAt(T14, 3, StaffingNeed.DEFAULT);
        ShiftBlock crowded = blockAt(T14.plus(Duration.ofHours(3)), 3, StaffingNeed.DEFAULT);
        crowded.assign(operator("a", Discipline.ARTS), AssignmentSource.SIGN_UP, "a", NOW, Duration.ofHours(48), List.of());
        crowded.assign(operator("b", Discipline.ARTS), AssignmentSource.SIGN_UP, "b", NOW, Duration.ofHours(48), List.of());
        StaffingNeed smaller = new StaffingNeed(1, 1, true);
        BlockSync sync = BlockSync.between(List.of(
                new PlannedBlock(T14, T14.plus(Duration.ofHours(3)), smaller, BlockOrigin.TEMPLATE),
                new PlannedBlock(T14.plus(Duration.ofHours(3)), T14.plus(Duration.ofHours(6)), smaller,
                        BlockOrigin.TEMPLATE)), List.of(generated, crowded), OPEN_14_TO_21, NOW);
        assertThat(sync.renew()).containsOnlyKeys(generated).containsValue(smaller);
        assertThat(sync.create()).isEmpty();
    }
}
