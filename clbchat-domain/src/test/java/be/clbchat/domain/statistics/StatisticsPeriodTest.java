package be.clbchat.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clbchat.domain.opening.SchoolYear;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class StatisticsPeriodTest {

    private static Instant brussels(String localTime) {
        return LocalDateTime.parse(localTime).atZone(StatisticsPeriod.ZONE).toInstant();
    }

    @Test
    void aSchoolYearRunsFromTheFirstOfSeptemberToTheLastMinuteOfAugustInBrussels() {
        StatisticsPeriod year = StatisticsPeriod.of(new SchoolYear(2026));
        assertThat(year.contains(brussels("2026-08-31T23:59:59"))).isFalse();
        assertThat(year.contains(brussels("2026-09-01T00:00:00"))).isTrue();
        assertThat(year.contains(brussels("2027-08-31T23:59:59"))).isTrue();
        assertThat(year.contains(brussels("2027-09-01T00:00:00"))).isFalse();
        assertThat(year.start()).isEqualTo(Instant.parse("2026-08-31T22:00:00Z"));
        assertThat(year.label()).isEqualTo("schooljaar 2026-2027");
    }

    @Test
    void aFreePeriodIsAtMostAYearAndNeverBackwards() {
        assertThat(StatisticsPeriod.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)).label())
                .isEqualTo("1 januari 2027 - 31 maart 2027");
        assertThatThrownBy(() -> StatisticsPeriod.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 2, 28)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StatisticsPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(StatisticsPeriod.of(LocalDate.of(2027, 9, 1), LocalDate.of(2028, 8, 31)).to())
                .isEqualTo(LocalDate.of(2028, 8, 31));
    }

    @Test
    void numbersAreWrittenTheBelgianDutchWay() {
        assertThat(DutchNumbers.whole(8339)).isEqualTo("8.339");
        assertThat(DutchNumbers.percent(0.428)).isEqualTo("42,8%");
        assertThat(DutchNumbers.decimal(4.3125, 2)).isEqualTo("4,31");
        assertThat(DutchNumbers.whole(1_234_567)).isEqualTo("1.234.567");
    }
}
