package be.clbchat.domain.caller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clbchat.domain.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FakeCallMarkTest {

    private static final Instant NOW = Instant.parse("2027-03-22T19:00:00Z");
    private static final String HASH = "a".repeat(64);

    private static FakeCallMark marked(String chat, Instant at) {
        return new FakeCallMark(chat, "clbchat", Optional.of(HASH), "op", at);
    }

    @Test
    void aNewMarkWaitsForReviewAndCountsForNothingYet() {
        FakeCallMark mark = marked("c1", NOW);
        assertThat(mark.state()).isEqualTo(MarkState.PENDING);
        assertThat(mark.activeAt(NOW)).isFalse();
        assertThat(mark.expiresAt()).isEqualTo(NOW.plus(FakeCallMark.REVIEW_WITHIN));
        assertThat(CallerCaution.of(List.of(mark), NOW)).isEmpty();
    }

    @Test
    void anAcceptedMarkCountsForItsDaysAndThenExpiresByItself() {
        FakeCallMark mark = marked("c1", NOW);
        Instant reviewed = NOW.plus(Duration.ofHours(20));
        mark.accept("coord", "  Vraagt telkens naar pizza.  ", 30, reviewed);
        assertThat(mark.reviewNote()).isEqualTo("Vraagt telkens naar pizza.");
        Instant end = reviewed.plus(Duration.ofDays(30));
        assertThat(mark.activeAt(end.minusMillis(1))).isTrue();
        assertThat(mark.activeAt(end)).isFalse();
        assertThat(mark.expiredAt(end)).isTrue();
        assertThat(CallerCaution.of(List.of(mark), end)).isEmpty();
    }

    @Test
    void acceptingNeedsANoteForTheNextOperatorAndSensibleDays() {
        assertThat(fields(() -> marked("c1", NOW).accept("coord", "  ", 30, NOW))).containsOnlyKeys("note");
        assertThat(fields(() -> marked("c1", NOW).accept("coord", "x", 0, NOW))).containsOnlyKeys("days");
        assertThat(fields(() -> marked("c1", NOW).accept("coord", "x", FakeCallMark.MAX_DAYS + 1, NOW)))
                .containsOnlyKeys("days");
        assertThat(fields(() -> marked("c1", NOW).accept("coord", "x".repeat(501), 30, NOW))).containsOnlyKeys("note");
        FakeCallMark edge = marked("c1", NOW);
        edge.accept("coord", "x".repeat(500), FakeCallMark.MAX_DAYS, NOW);
        assertThat(edge.activeAt(NOW.plus(Duration.ofDays(364)))).isTrue();
    }

    @Test
    void aRejectedMarkEndsAtOnceAndAReviewIsFinal() {
        FakeCallMark mark = marked("c1", NOW);
        mark.reject("coord", "", NOW);
        assertThat(mark.state()).isEqualTo(MarkState.REJECTED);
        assertThat(mark.activeAt(NOW)).isFalse();
        assertThat(mark.expiredAt(NOW)).isTrue();
        assertThatThrownBy(() -> mark.accept("coord", "toch wel", 30, NOW)).isInstanceOf(Refusal.class)
                .extracting(error -> ((Refusal) error).code()).isEqualTo("already-reviewed");
    }

    @Test
    void theCautionCountsActiveMarksWithTheNewestNotesFirst() {
        FakeCallMark first = marked("c1", NOW);
        first.accept("coord", "Eerste keer.", 90, NOW);
        FakeCallMark second = marked("c2", NOW);
        second.accept("coord", "Tweede keer.", 10, NOW.plus(Duration.ofDays(1)));
        FakeCallMark rejected = marked("c3", NOW);
        rejected.reject("coord", "Geen nepoproep.", NOW);
        FakeCallMark waiting = marked("c4", NOW);

        CallerCaution caution = CallerCaution.of(List.of(first, second, rejected, waiting), NOW.plus(Duration.ofDays(2)))
                .orElseThrow();
        assertThat(caution.times()).isEqualTo(2);
        assertThat(caution.notes()).containsExactly("Tweede keer.", "Eerste keer.");
        assertThat(caution.until()).isEqualTo(NOW.plus(Duration.ofDays(90)));

        CallerCaution later = CallerCaution.of(List.of(first, second), NOW.plus(Duration.ofDays(12))).orElseThrow();
        assertThat(later.times()).as("the 10-day mark is over").isEqualTo(1);
    }

    @Test
    void aBlockHoldsForItsDaysUnlessLifted() {
        CallerBlock block = new CallerBlock(HASH, "c1", "coord", 14, " misbruik ", NOW);
        assertThat(block.note()).isEqualTo("misbruik");
        assertThat(block.activeAt(NOW.plus(Duration.ofDays(14)).minusMillis(1))).isTrue();
        assertThat(block.activeAt(NOW.plus(Duration.ofDays(14)))).isFalse();
        block.lift("coord", NOW.plus(Duration.ofDays(1)));
        assertThat(block.activeAt(NOW.plus(Duration.ofDays(1)))).isFalse();
        assertThatThrownBy(() -> block.lift("coord", NOW.plus(Duration.ofDays(2)))).isInstanceOf(Refusal.class)
                .extracting(error -> ((Refusal) error).code()).isEqualTo("block-over");
    }

    @Test
    void aBlockIsForOneToNinetyDays() {
        assertThat(fields(() -> new CallerBlock(HASH, "c1", "coord", 0, "", NOW))).containsOnlyKeys("days");
        assertThat(fields(() -> new CallerBlock(HASH, "c1", "coord", CallerBlock.MAX_DAYS + 1, "", NOW)))
                .containsOnlyKeys("days");
        assertThat(new CallerBlock(HASH, "c1", "coord", CallerBlock.MAX_DAYS, null, NOW).until())
                .isEqualTo(NOW.plus(Duration.ofDays(90)));
    }

    @Test
    void onlyAKeyShapedLikeTheOneThePageMakesIsAccepted() {
        String key = "Ab-_".repeat(10) + "xyz";
        assertThat(Pseudonym.checkedKey(key)).isEqualTo(key);
        for (String bad : new String[] {null, "", "kort", key + "a", key.substring(1) + "=", key.substring(1) + " "}) {
            assertThat(fields(() -> Pseudonym.checkedKey(bad))).as(String.valueOf(bad)).containsOnlyKeys("pseudonym");
        }
    }

    private static java.util.Map<String, String> fields(Runnable action) {
        try {
            action.run();
        } catch (Refusal refusal) {
            return refusal.fields();
        }
        throw new AssertionError("expected a refusal");
    }
}
