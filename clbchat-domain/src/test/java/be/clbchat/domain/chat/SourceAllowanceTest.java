package be.clbchat.domain.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class SourceAllowanceTest {

    @Test
    void aSourceHasAtMostItsSocketsOpenAndGetsOneBackWhenOneCloses() {
        SourceAllowance allowance = new SourceAllowance(2, 10, 20, 10);
        assertThat(allowance.socketOpened("a")).isTrue();
        assertThat(allowance.socketOpened("a")).isTrue();
        assertThat(allowance.socketOpened("a")).isFalse();
        assertThat(allowance.socketOpened("b")).as("another source").isTrue();
        allowance.socketClosed("a");
        assertThat(allowance.socketOpened("a")).isTrue();
    }

    @Test
    void aBurstOfStartsThenAFewAMinute() {
        long now = System.nanoTime();
        SourceAllowance allowance = new SourceAllowance(30, 10, 20, 100);
        for (int i = 0; i < 10; i++) {
            assertThat(allowance.mayStart("class", now)).as("a class trying it together").isEqualTo(
                    SourceAllowance.Verdict.ALLOWED);
        }
        assertThat(allowance.mayStart("class", now)).isEqualTo(SourceAllowance.Verdict.TOO_MANY_STARTS);
        assertThat(allowance.mayStart("class", now + 3_000_000_000L)).as("three seconds later: one more")
                .isEqualTo(SourceAllowance.Verdict.ALLOWED);
        assertThat(allowance.mayStart("home", now)).isEqualTo(SourceAllowance.Verdict.ALLOWED);
    }

    @Test
    void atMostSoManyChatsOfOneSourceWaitAtOnce() {
        long now = System.nanoTime();
        SourceAllowance allowance = new SourceAllowance(30, 100, 100, 2);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        allowance.waiting("flood", first);
        allowance.waiting("flood", second);
        allowance.waiting("flood", second); // told twice: counted once
        assertThat(allowance.waitingFrom("flood")).isEqualTo(2);
        assertThat(allowance.mayStart("flood", now)).isEqualTo(SourceAllowance.Verdict.TOO_MANY_WAITING);
        allowance.leftQueue(first);
        allowance.leftQueue(first);
        assertThat(allowance.waitingFrom("flood")).isEqualTo(1);
        assertThat(allowance.mayStart("flood", now)).isEqualTo(SourceAllowance.Verdict.ALLOWED);
    }

    @Test
    void chatsThatLeftTheQueueUnheardAreForgottenWhenTheDatabaseSaysSo() {
        SourceAllowance allowance = new SourceAllowance(30, 100, 100, 2);
        UUID ended = UUID.randomUUID();
        UUID waits = UUID.randomUUID();
        allowance.waiting("school", ended);
        allowance.waiting("school", waits);
        assertThat(allowance.waitingChatsOf("school")).containsExactlyInAnyOrder(ended, waits);
        allowance.stillWaiting("school", java.util.Set.of(waits));
        assertThat(allowance.waitingFrom("school")).isEqualTo(1);
        assertThat(allowance.mayStart("school", System.nanoTime())).isEqualTo(SourceAllowance.Verdict.ALLOWED);
    }
}
