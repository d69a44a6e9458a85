package be.clbchat.domain.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clbchat.domain.Refusal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChatTest {

    static final Instant NOW = Instant.parse("2026-11-23T17:00:00Z");

    static Chat waiting() {
        return new Chat(UUID.randomUUID(), "clbchat",
                new VisitorProfile("Mila", VisitorRole.PUPIL, 14, Gender.GIRL, DeviceClass.MOBILE), "hash", NOW);
    }

    static Chat talking() {
        Chat chat = waiting();
        chat.acceptBy("op1", "Sam", NOW.plusSeconds(60));
        return chat;
    }

    @Test
    void aResumeTokenWorksUntilTheVisitorHasResumedTwiceSince() {
        Chat chat = waiting(); // made with the token whose hash is "hash"
        chat.rotateToken("hash", "second");
        assertThat(chat.opensWith("hash")).as("the answer with the new token may have been lost").isTrue();
        assertThat(chat.opensWith("second")).isTrue();

        chat.rotateToken("second", "third");
        assertThat(chat.opensWith("hash")).as("a copy of the first token is void now").isFalse();
        assertThat(chat.opensWith("second")).isTrue();
        assertThat(chat.opensWith("third")).isTrue();
        assertThatThrownBy(() -> chat.rotateToken("hash", "fourth")).isInstanceOf(IllegalArgumentException.class);

        chat.rotateToken("second", "fourth"); // the answer with "third" was lost: the visitor tries "second" again
        assertThat(chat.opensWith("third")).as("never received, never usable").isFalse();
        assertThat(chat.opensWith("second")).isTrue();
        assertThat(chat.opensWith("fourth")).isTrue();
        assertThat(chat.opensWith(null)).isFalse();
    }

    @Test
    void messagesAreNumberedOneByOneFromOne() {
        Chat chat = talking();
        ChatMessage first = chat.write(Party.VISITOR, UUID.randomUUID(), "Hallo", NOW);
        ChatMessage second = chat.write(Party.OPERATOR, UUID.randomUUID(), "Dag Mila", NOW);
        assertThat(first.seq()).isEqualTo(1);
        assertThat(second.seq()).isEqualTo(2);
        assertThat(chat.lastSeq()).isEqualTo(2);
    }

    @Test
    void nobodyWritesBeforeAnOperatorTookTheChat() {
        assertThatThrownBy(() -> waiting().write(Party.VISITOR, UUID.randomUUID(), "Hallo?", NOW))
                .isInstanceOf(Refusal.class).extracting("code").isEqualTo("not-accepted");
    }

    @Test
    void nobodyWritesAfterTheEnd() {
        Chat chat = talking();
        chat.end(Party.OPERATOR, NOW);
        assertThatThrownBy(() -> chat.write(Party.VISITOR, UUID.randomUUID(), "nog iets", NOW))
                .isInstanceOf(Refusal.class).extracting("code").isEqualTo("chat-ended");
    }

    @Test
    void aMessageIsTrimmedAndAtMost2000CharactersCountedAsPeopleCountThem() {
        Chat chat = talking();
        assertThat(chat.write(Party.VISITOR, UUID.randomUUID(), "  hoi \n", NOW).text()).isEqualTo("hoi");
        String emoji = "\uD83D\uDE00".repeat(2000);
        assertThat(chat.write(Party.VISITOR, UUID.randomUUID(), emoji, NOW).text()).isEqualTo(emoji);
        assertThatThrownBy(() -> chat.write(Party.VISITOR, UUID.randomUUID(), "x".repeat(2001), NOW))
                .isInstanceOf(Refusal.class).extracting("code").isEqualTo("text-too-long");
        assertThatThrownBy(() -> chat.write(Party.VISITOR, UUID.randomUUID(), "  ", NOW))
                .isInstanceOf(Refusal.class).extracting("code").isEqualTo("invalid-field");
        assertThat(chat.lastSeq()).isEqualTo(2);
    }

    @Test
    void howAChatEndsIsRecorded() {
        Chat left = waiting();
        left.end(Party.VISITOR, NOW);
        assertThat(left.endReason()).contains(EndReason.LEFT_QUEUE);

        Chat abandoned = waiting();
        abandoned.end(Party.SYSTEM, NOW);
        assertThat(abandoned.endReason()).contains(EndReason.ABANDONED_IN_QUEUE);

        Chat aborted = talking();
        aborted.end(Party.SYSTEM, NOW);
        assertThat(aborted.endReason()).contains(EndReason.SUDDENLY_ABORTED);
        assertThat(aborted.endedBy()).contains(Party.SYSTEM);

        Chat finished = talking();
        finished.end(Party.VISITOR, NOW);
        assertThat(finished.endReason()).contains(EndReason.ENDED_BY_VISITOR);
        assertThatThrownBy(() -> finished.end(Party.OPERATOR, NOW)).isInstanceOf(Refusal.class);
    }

    @Test
    void aChatGivenBackWaitsAgainWithoutItsOperator() {
        Chat chat = talking();
        chat.write(Party.VISITOR, UUID.randomUUID(), "Hallo", NOW);
        chat.giveBack(NOW.plusSeconds(300));
        assertThat(chat.state()).isEqualTo(ChatState.QUEUED);
        assertThat(chat.operatorUsername()).isEmpty();
        assertThat(chat.requeuedAt()).contains(NOW.plusSeconds(300));
        chat.acceptBy("op2", "Lou", NOW.plusSeconds(320));
        assertThat(chat.write(Party.OPERATOR, UUID.randomUUID(), "Ik neem over", NOW).seq()).isEqualTo(2);
    }

    @Test
    void aChatIsTakenOnce() {
        Chat chat = talking();
        assertThatThrownBy(() -> chat.acceptBy("op2", "Lou", NOW)).isInstanceOf(Refusal.class);
        assertThat(chat.heldBy("op1")).isTrue();
        assertThat(chat.heldBy("op2")).isFalse();
    }

    @Test
    void aRatingComesAfterTheEndOnceWithAtLeastOneAnswer() {
        Chat chat = talking();
        assertThatThrownBy(() -> chat.rate(4, null, null, NOW))
                .isInstanceOf(Refusal.class).extracting("code").isEqualTo("not-ended");
        chat.end(Party.VISITOR, NOW);
        assertThatThrownBy(() -> chat.rate(null, "  ", null, NOW))
                .isInstanceOf(Refusal.class).extracting("code").isEqualTo("invalid-field");
        chat.rate(null, null, FoundVia.SMARTSCHOOL, NOW);
        assertThat(chat.foundVia()).contains(FoundVia.SMARTSCHOOL);
        assertThatThrownBy(() -> chat.rate(5, null, null, NOW))
                .isInstanceOf(Refusal.class).extracting("code").isEqualTo("already-rated");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1})
    void starsAreOneToFive(int stars) {
        Chat chat = talking();
        chat.end(Party.VISITOR, NOW);
        assertThatThrownBy(() -> chat.rate(stars, null, null, NOW))
                .isInstanceOf(Refusal.class).extracting("code").isEqualTo("invalid-field");
        assertThat(chat.rated()).isFalse();
    }

    @Test
    void aVisitorAwayKeepsTheMomentTheyLeft() {
        Chat chat = talking();
        chat.visitorLeft(NOW);
        chat.visitorLeft(NOW.plusSeconds(10));
        assertThat(chat.visitorConnected()).isFalse();
        assertThat(chat.visitorAwaySince()).contains(NOW);
        chat.visitorBack();
        assertThat(chat.visitorConnected()).isTrue();
        assertThat(chat.visitorAwaySince()).isEmpty();
        chat.visitorLeft(NOW.plusSeconds(60));
        assertThat(chat.visitorAwaySince()).as("a new absence starts anew").contains(NOW.plusSeconds(60));
    }

    @Test
    void anEndedChatCanBeResumedForAnHourToReadAndRate() {
        Chat chat = talking();
        chat.end(Party.OPERATOR, NOW);
        assertThat(chat.resumableAt(NOW.plusSeconds(3599))).isTrue();
        assertThat(chat.resumableAt(NOW.plusSeconds(3600))).isFalse();
    }
}
