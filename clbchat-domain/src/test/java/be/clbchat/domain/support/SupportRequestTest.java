package be.clbchat.domain.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clbchat.domain.Refusal;
import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SupportRequestTest {

    private static final Instant NOW = Instant.parse("2026-12-03T19:00:00Z");

    private static SupportRequest asked() {
        SupportRequest request = new SupportRequest("c-1", "clbchat", "op-1", "Sam", "  zelfmoordgedachten  ", true,
                NOW);
        try {
            Field id = SupportRequest.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(request, 7L);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return request;
    }

    @Test
    void anAskedRequestIsOpenWithItsNoteTrimmed() {
        SupportRequest request = asked();

        assertThat(request.state()).isEqualTo(SupportState.OPEN);
        assertThat(request.note()).isEqualTo("zelfmoordgedachten");
        assertThat(request.urgent()).isTrue();
        assertThat(request.supporter()).isEmpty();
    }

    @Test
    void aNoteLongerThan280CharactersIsRefusedOnItsField() {
        assertThatThrownBy(() -> new SupportRequest("c", "l", "o", "a", "x".repeat(281), false, NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.fields()).containsKey("note"));
    }

    @Test
    void oneSupporterTakesItAndTheNextIsToldWhoHasIt() {
        SupportRequest request = asked();
        request.take("coord-1", "An Peeters", NOW.plusSeconds(20));

        assertThat(request.state()).isEqualTo(SupportState.TAKEN);
        assertThat(request.supportedBy("coord-1")).isTrue();
        assertThatThrownBy(() -> request.take("coord-2", "Bo", NOW.plusSeconds(21)))
                .isInstanceOf(Refusal.class).hasMessage("An Peeters nam deze vraag al op.");
        assertThat(request.supportedBy("coord-2")).isFalse();
    }

    @Test
    void nobodyTakesTheirOwnRequest() {
        assertThatThrownBy(() -> asked().take("op-1", "Sam", NOW)).isInstanceOf(Refusal.class)
                .hasMessageContaining("eigen vraag");
    }

    @Test
    void onlyTheSupporterWhispersAndAWhisperIsShortAndNotBlank() {
        SupportRequest request = asked();
        request.take("coord-1", "An Peeters", NOW);

        Whisper whisper = request.whisper("coord-1", " Vraag naar een plan. ", NOW.plusSeconds(60));

        assertThat(whisper.text()).isEqualTo("Vraag naar een plan.");
        assertThat(whisper.authorName()).isEqualTo("An Peeters");
        assertThat(whisper.requestId()).isEqualTo(7L);
        assertThatThrownBy(() -> request.whisper("coord-2", "hoi", NOW)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> request.whisper("op-1", "hoi", NOW)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> request.whisper("coord-1", "   ", NOW)).isInstanceOf(Refusal.class)
                .hasMessageContaining("leeg");
        assertThatThrownBy(() -> request.whisper("coord-1", "x".repeat(501), NOW)).isInstanceOf(Refusal.class)
                .hasMessageContaining("500");
    }

    @Test
    void notesAndClosingComeAfterTheChatFromTheTwoOfThemOnly() {
        SupportRequest request = asked();
        request.take("coord-1", "An Peeters", NOW);

        assertThatThrownBy(() -> request.note("op-1", "dank", false)).isInstanceOf(Refusal.class)
                .hasMessageContaining("na het gesprek");
        assertThatThrownBy(() -> request.note("someone", "hm", true)).isInstanceOf(Refusal.class);
        request.note("op-1", "Dank, dat hielp.", true);
        request.note("coord-1", "Goed plan gemaakt.", true);
        request.close("coord-1", true, NOW.plusSeconds(900));

        assertThat(request.operatorNote()).isEqualTo("Dank, dat hielp.");
        assertThat(request.supporterNote()).isEqualTo("Goed plan gemaakt.");
        assertThat(request.state()).isEqualTo(SupportState.CLOSED);
        assertThat(request.outcome()).contains(SupportRequest.Outcome.DONE);
        assertThat(request.supportedBy("coord-1")).isFalse();
        assertThatThrownBy(() -> request.note("op-1", "nog iets", true)).isInstanceOf(Refusal.class)
                .hasMessageContaining("al afgesloten");
    }

    @Test
    void anUntakenRequestClosesWithItsChatOrIsWithdrawnByItsOperator() {
        SupportRequest ended = asked();
        assertThat(ended.chatEnded(NOW)).isTrue();
        assertThat(ended.outcome()).contains(SupportRequest.Outcome.NOT_TAKEN);
        assertThatThrownBy(() -> ended.take("coord-1", "An", NOW)).isInstanceOf(Refusal.class)
                .hasMessageContaining("niet meer open");

        SupportRequest taken = asked();
        taken.take("coord-1", "An", NOW);
        assertThat(taken.chatEnded(NOW)).as("a taken request waits for the notes").isFalse();
        assertThatThrownBy(() -> taken.withdraw("op-1", NOW)).isInstanceOf(Refusal.class)
                .hasMessage("An nam je vraag al op.");

        SupportRequest withdrawn = asked();
        assertThatThrownBy(() -> withdrawn.withdraw("coord-1", NOW)).isInstanceOf(Refusal.class);
        withdrawn.withdraw("op-1", NOW);
        assertThat(withdrawn.outcome()).contains(SupportRequest.Outcome.WITHDRAWN);
    }
}
