package be.clbchat.domain.chat;

import static org.assertj.core.api.Assertions.assertThat;

import be.clbchat.domain.chat.MessageRate.Verdict;
import org.junit.jupiter.api.Test;

class MessageRateTest {

    static final long SECOND = 1_000_000_000L;

    @Test
    void aBurstOfEightIsFineThenTheNinthAtOnceIsRefused() {
        MessageRate rate = MessageRate.forChatMessages(0);
        for (int i = 0; i < 8; i++) {
            assertThat(rate.attempt(0)).isEqualTo(Verdict.ALLOWED);
        }
        assertThat(rate.attempt(0)).isEqualTo(Verdict.REFUSED);
    }

    @Test
    void twoASecondCanGoOnForever() {
        MessageRate rate = MessageRate.forChatMessages(0);
        for (long t = 0; t < 3600 * SECOND; t += SECOND / 2) {
            assertThat(rate.attempt(t)).isEqualTo(Verdict.ALLOWED);
        }
    }

    @Test
    void aTypistWhoPausesGetsTheBurstBack() {
        MessageRate rate = MessageRate.forChatMessages(0);
        for (int i = 0; i < 9; i++) {
            rate.attempt(0);
        }
        assertThat(rate.attempt(4 * SECOND)).isEqualTo(Verdict.ALLOWED);
        for (int i = 0; i < 7; i++) {
            assertThat(rate.attempt(4 * SECOND)).isEqualTo(Verdict.ALLOWED);
        }
    }

    @Test
    void floodingOnRegardlessIsCutOff() {
        MessageRate rate = MessageRate.forChatMessages(0);
        Verdict last = Verdict.ALLOWED;
        for (int i = 0; i < 29 && last != Verdict.CUT_OFF; i++) {
            last = rate.attempt(i * 1_000L);
        }
        assertThat(last).isEqualTo(Verdict.CUT_OFF);
    }
}
