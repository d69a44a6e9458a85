package be.clbchat.domain.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetentionWordingTest {

    @Test
    void wholeWeeksAreSaidInWeeks() {
        assertThat(RetentionWording.inDutch(Duration.ofDays(42))).isEqualTo("6 weken");
        assertThat(RetentionWording.inDutch(Duration.ofDays(7))).isEqualTo("1 week");
    }

    @Test
    void otherPeriodsInDaysAndAYearAsAYear() {
        assertThat(RetentionWording.inDutch(Duration.ofDays(30))).isEqualTo("30 dagen");
        assertThat(RetentionWording.inDutch(Duration.ofDays(1))).isEqualTo("1 dag");
        assertThat(RetentionWording.inDutch(Duration.ofDays(365))).isEqualTo("1 jaar");
    }

    @Test
    void lessThanADayIsNoPeriodToPromise() {
        assertThatThrownBy(() -> RetentionWording.inDutch(Duration.ofHours(5)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
