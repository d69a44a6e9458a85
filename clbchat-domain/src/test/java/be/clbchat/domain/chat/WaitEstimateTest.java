package be.clbchat.domain.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaitEstimateTest {

    static final List<Duration> TWENTY_MINUTES = List.of(Duration.ofMinutes(10), Duration.ofMinutes(30));

    @Test
    void withoutAnAvailableOperatorThereIsNoEstimate() {
        assertThat(new WaitEstimate(0, 0, 0, TWENTY_MINUTES).secondsFor(1)).isEmpty();
    }

    @Test
    void withAFreePlaceTheChatCanBeTakenNow() {
        WaitEstimate estimate = new WaitEstimate(2, 3, 4, TWENTY_MINUTES);
        assertThat(estimate.secondsFor(1)).hasValue(0);
        assertThat(estimate.secondsFor(3)).hasValue(0);
    }

    @Test
    void beyondTheFreePlacesAPlaceFreesUpEveryAverageDurationDividedByThePlaces() {
        // 4 places busy, chats last 20 minutes on average: a place every 5 minutes.
        WaitEstimate estimate = new WaitEstimate(2, 0, 4, TWENTY_MINUTES);
        assertThat(estimate.secondsFor(1)).hasValue(300);
        assertThat(estimate.secondsFor(3)).hasValue(900);
    }

    @Test
    void withoutFinishedChatsToLearnFromThereIsNoEstimateBeyondTheFreePlaces() {
        WaitEstimate estimate = new WaitEstimate(1, 1, 2, List.of());
        assertThat(estimate.secondsFor(1)).hasValue(0);
        assertThat(estimate.secondsFor(2)).isEmpty();
    }

    @Test
    void theEstimateNeverShrinksFurtherBackInTheQueue() {
        WaitEstimate estimate = new WaitEstimate(5, 2, 10, List.of(Duration.ofMinutes(19), Duration.ofMinutes(7)));
        long previous = 0;
        for (int position = 1; position < 200; position++) {
            long seconds = estimate.secondsFor(position).orElseThrow();
            assertThat(seconds).isGreaterThanOrEqualTo(previous);
            previous = seconds;
        }
    }

    @Test
    void positionsStartAtOne() {
        assertThatThrownBy(() -> new WaitEstimate(1, 1, 2, List.of()).secondsFor(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
