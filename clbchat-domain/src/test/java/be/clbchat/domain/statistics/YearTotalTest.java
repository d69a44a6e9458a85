package be.clbchat.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clbchat.domain.Refusal;
import be.clbchat.domain.opening.SchoolYear;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class YearTotalTest {

    private static final Instant NOW = Instant.parse("2027-01-10T09:00:00Z");

    private static PastYear entered(int year, long chats) {
        return new PastYear(new SchoolYear(year), chats, null, null, new BigDecimal("4.87"), false, "Jaarverslag", "c",
                NOW);
    }

    @Test
    void theTrendTakesThePlatformsCountWhereItHasOneAndTheHandEnteredYearsBefore() {
        List<YearTotal> trend = YearTotal.trend(
                List.of(YearTotal.counted(new SchoolYear(2026), 120, 100, 20, 6, OptionalLong.empty()),
                        YearTotal.counted(new SchoolYear(2023), 9, 9, 0, 0, OptionalLong.empty())),
                List.of(entered(2023, 8339), entered(2018, 5465), entered(2027, 1)), new SchoolYear(2026));
        assertThat(trend).extracting(total -> total.year().startYear(), YearTotal::chats)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2018, 5465L),
                        org.assertj.core.groups.Tuple.tuple(2023, 9L),
                        org.assertj.core.groups.Tuple.tuple(2026, 120L));
        assertThat(trend.get(0).byHand()).isPresent();
        assertThat(trend.get(0).fakeCallShare()).hasValue(0.0487);
        assertThat(trend.get(2).fakeCallShare()).hasValue(0.05);
    }

    @Test
    void aHandEnteredYearNeedsASourceAndCountsThatAddUp() {
        assertThatThrownBy(() -> new PastYear(new SchoolYear(2020), 100, 80L, 30L, new BigDecimal("101"), false, " ",
                "c", NOW)).isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.fields())
                .containsOnlyKeys("parents", "fakeCallPercent", "source"));
        assertThat(new PastYear(new SchoolYear(2020), 11000, null, null, null, true, "  Billiet  ", "c", NOW).source())
                .isEqualTo("Billiet");
    }
}
