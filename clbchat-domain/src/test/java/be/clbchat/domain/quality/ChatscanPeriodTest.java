package be.clbchat.domain.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clbchat.domain.Refusal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChatscanPeriodTest {

    @Test
    void monthlyPeriodsAreTheCalendarMonths() {
        ChatscanPeriod november = ChatscanPeriod.containing(LocalDate.of(2026, 11, 30), 1);
        assertThat(november.start()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(november.end()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(november.label()).isEqualTo("november 2026");
        assertThat(november.key()).isEqualTo("2026-11");
        assertThat(ChatscanPeriod.containing(LocalDate.of(2027, 1, 1), 1).previous().start())
                .isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void longerPeriodsCountFromTheFirstOfSeptember() {
        ChatscanPeriod winter = ChatscanPeriod.containing(LocalDate.of(2027, 1, 15), 3);
        assertThat(winter.start()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(winter.end()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(winter.label()).isEqualTo("december 2026 - februari 2027");
        assertThat(ChatscanPeriod.containing(LocalDate.of(2026, 8, 31), 12).start())
                .isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(ChatscanPeriod.containing(LocalDate.of(2026, 9, 1), 12).start())
                .isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(ChatscanPeriod.containing(LocalDate.of(2026, 9, 1), 12).previous().start())
                .isEqualTo(LocalDate.of(2025, 9, 1));
    }

    @Test
    void aMonthInsideAPeriodNamesThatPeriodAndBadTextIsRefused() {
        assertThat(ChatscanPeriod.parse("2027-02", 3).start()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThatThrownBy(() -> ChatscanPeriod.parse("november", 1)).isInstanceOf(Refusal.class)
                .hasMessageContaining("2026-11");
        assertThatThrownBy(() -> ChatscanPeriod.parse("2026-13", 1)).isInstanceOf(Refusal.class);
    }
}
