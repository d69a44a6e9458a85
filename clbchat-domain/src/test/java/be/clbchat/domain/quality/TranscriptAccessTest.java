package be.clbchat.domain.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TranscriptAccessTest {

    private static final Instant NOW = Instant.parse("2026-12-01T19:00:00Z");
    private static final Duration RETENTION = Duration.ofDays(42);

    private static final TranscriptAccess.Reader OPERATOR = new TranscriptAccess.Reader("robin", false, Set.of());
    private static final TranscriptAccess.Reader OTHER_OPERATOR = new TranscriptAccess.Reader("sam", false, Set.of());
    private static final TranscriptAccess.Reader COORDINATOR = new TranscriptAccess.Reader("coo", true, Set.of());
    private static final TranscriptAccess.Reader BOX_ADMIN = new TranscriptAccess.Reader("clb-gent", false,
            Set.of("box-gent"));

    private static TranscriptAccess.Chat ended(String line, Duration ago, boolean chatscan, boolean fakeCall) {
        return new TranscriptAccess.Chat(line, Optional.of("robin"), Optional.of(NOW.minus(ago)), chatscan, fakeCall);
    }

    @Test
    void itsOperatorReadsAnEndedChatWithinTheRetentionPeriodOnly() {
        assertThat(TranscriptAccess.reasons(OPERATOR, ended("clbchat", Duration.ofDays(41), false, false), NOW,
                RETENTION)).containsExactly(TranscriptReason.OWN_CHAT);
        assertThat(TranscriptAccess.reasons(OPERATOR, ended("clbchat", Duration.ofDays(42), false, false), NOW,
                RETENTION)).as("held for a review, but past the retention for its operator").isEmpty();
        assertThat(TranscriptAccess.reasons(OTHER_OPERATOR, ended("clbchat", Duration.ofDays(1), true, true), NOW,
                RETENTION)).as("another operator, whatever the chat is in").isEmpty();
    }

    @Test
    void nobodyButTheSupporterWhoTookTheRequestReadsAChatThatIsStillGoingOnThroughHere() {
        TranscriptAccess.Chat running = new TranscriptAccess.Chat("clbchat", Optional.of("robin"), Optional.empty(),
                true, true);
        assertThat(TranscriptAccess.reasons(OPERATOR, running, NOW, RETENTION)).isEmpty();
        assertThat(TranscriptAccess.reasons(COORDINATOR, running, NOW, RETENTION)).isEmpty();

        TranscriptAccess.Chat supported = new TranscriptAccess.Chat("clbchat", Optional.of("robin"), Optional.empty(),
                false, false, Optional.of("coo"));
        assertThat(TranscriptAccess.reasons(COORDINATOR, supported, NOW, RETENTION))
                .containsExactly(TranscriptReason.READ_ALONG);
        assertThat(TranscriptAccess.reasons(OTHER_OPERATOR, supported, NOW, RETENTION)).isEmpty();
        TranscriptAccess.Chat afterwards = new TranscriptAccess.Chat("clbchat", Optional.of("robin"),
                Optional.of(NOW.minusSeconds(60)), false, false, Optional.of("coo"));
        assertThat(TranscriptAccess.reasons(COORDINATOR, afterwards, NOW, RETENTION))
                .as("reading along ends with the chat").isEmpty();
    }

    @Test
    void aCoordinatorReadsOnlyForAChatscanOrAFakeCallReview() {
        assertThat(TranscriptAccess.reasons(COORDINATOR, ended("clbchat", Duration.ofDays(1), false, false), NOW,
                RETENTION)).isEmpty();
        assertThat(TranscriptAccess.reasons(COORDINATOR, ended("clbchat", Duration.ofDays(60), true, false), NOW,
                RETENTION)).containsExactly(TranscriptReason.CHATSCAN);
        assertThat(TranscriptAccess.reasons(COORDINATOR, ended("clbchat", Duration.ofDays(1), true, true), NOW,
                RETENTION)).containsExactly(TranscriptReason.CHATSCAN, TranscriptReason.FAKE_CALL_REVIEW);
    }

    @Test
    void aClbsAdminReadsTheChatsOfTheirOwnBoxesOnly() {
        assertThat(TranscriptAccess.reasons(BOX_ADMIN, ended("box-gent", Duration.ofDays(1), false, false), NOW,
                RETENTION)).containsExactly(TranscriptReason.CLB_BOX);
        assertThat(TranscriptAccess.reasons(BOX_ADMIN, ended("box-brugge", Duration.ofDays(1), true, true), NOW,
                RETENTION)).isEmpty();
    }

    @Test
    void theReasonAskedForIsUsedOnlyWhenTheReaderHasIt() {
        TranscriptAccess.Chat both = ended("clbchat", Duration.ofDays(1), true, true);
        assertThat(TranscriptAccess.reason(COORDINATOR, both, NOW, RETENTION, Optional.empty()))
                .contains(TranscriptReason.CHATSCAN);
        assertThat(TranscriptAccess.reason(COORDINATOR, both, NOW, RETENTION,
                Optional.of(TranscriptReason.FAKE_CALL_REVIEW))).contains(TranscriptReason.FAKE_CALL_REVIEW);
        assertThat(TranscriptAccess.reason(COORDINATOR, both, NOW, RETENTION, Optional.of(TranscriptReason.OWN_CHAT)))
                .isEmpty();
    }
}
