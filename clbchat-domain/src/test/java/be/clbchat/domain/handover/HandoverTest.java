package be.clbchat.domain.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clbchat.domain.Refusal;
import be.clbchat.domain.chat.Chat;
import be.clbchat.domain.chat.ChatMessage;
import be.clbchat.domain.chat.ChatState;
import be.clbchat.domain.chat.Party;
import be.clbchat.domain.chat.VisitorProfile;
import be.clbchat.domain.chat.VisitorRole;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HandoverTest {

    private static final Instant NOW = Instant.parse("2026-12-03T19:00:00Z");

    private static Chat chatWithFenna() {
        Chat chat = new Chat(UUID.randomUUID(), "clbchat", new VisitorProfile("Noor", VisitorRole.PUPIL, 14, null, null),
                "hash", NOW.minusSeconds(600));
        chat.acceptBy("fenna", "Fenna", NOW.minusSeconds(500));
        return chat;
    }

    private static Handover toPartner(Chat chat, boolean warm) {
        return Handover.offer(UUID.randomUUID(), chat, HandoverKind.LINE, warm, "partner", Optional.empty(),
                "  Gepest  ", NOW);
    }

    @Test
    void aHandOverToAnotherLineAsksTheVisitorFirstAndSharesOnlyWhenWarmAndAllowed() {
        Handover warm = toPartner(chatWithFenna(), true);
        assertThat(warm.state()).isEqualTo(HandoverState.ASKING);
        assertThat(warm.note()).contains("Gepest");
        assertThatThrownBy(() -> warm.take("pim", "Pim", NOW)).isInstanceOf(Refusal.class)
                .hasMessage("De bezoeker heeft nog niet geantwoord.");
        warm.answer(true, true, NOW);
        assertThat(warm.state()).isEqualTo(HandoverState.WAITING);
        assertThat(warm.sharesTranscript()).isTrue();

        Handover cold = toPartner(chatWithFenna(), false);
        cold.answer(true, true, NOW);
        assertThat(cold.sharesTranscript()).as("cold: the note only").isFalse();
        assertThat(cold.movesAtOnce()).isTrue();
        assertThatThrownBy(() -> cold.withdraw(NOW)).isInstanceOf(Refusal.class)
                .hasMessage("Het gesprek wacht al bij de andere chatlijn.");
    }

    @Test
    void sayingNoEndsItAndASecondAnswerIsRefused() {
        Handover handover = toPartner(chatWithFenna(), true);
        handover.answer(false, true, NOW);
        assertThat(handover.state()).isEqualTo(HandoverState.REFUSED);
        assertThat(handover.sharesTranscript()).isFalse();
        assertThatThrownBy(() -> handover.answer(true, true, NOW)).isInstanceOf(Refusal.class)
                .hasMessage("Deze vraag is niet meer open.");
    }

    @Test
    void oneReceiverWinsAndTheNextIsToldWho() {
        Chat chat = chatWithFenna();
        Handover handover = Handover.offer(UUID.randomUUID(), chat, HandoverKind.COLLEAGUE, true, "clbchat",
                Optional.empty(), "Arts nodig", NOW);
        assertThat(handover.state()).as("a colleague: nothing to ask").isEqualTo(HandoverState.WAITING);
        assertThat(handover.offeredTo("jasper", Set.of("clbchat"))).isTrue();
        assertThat(handover.offeredTo("fenna", Set.of("clbchat"))).as("not to oneself").isFalse();
        assertThat(handover.offeredTo("pim", Set.of("partner"))).as("not outside the line's team").isFalse();
        assertThatThrownBy(() -> handover.take("fenna", "Fenna", NOW)).isInstanceOf(Refusal.class);
        handover.take("jasper", "Jasper", NOW);
        assertThat(handover.state()).isEqualTo(HandoverState.TAKEN);
        assertThatThrownBy(() -> handover.take("lien", "Lien", NOW)).isInstanceOf(Refusal.class)
                .hasMessage("Jasper nam dit gesprek al over.");
        handover.lapse(NOW);
        assertThat(handover.state()).as("a taken one does not lapse").isEqualTo(HandoverState.TAKEN);
    }

    @Test
    void aNamedColleagueIsTheOnlyOneWhoMayTakeIt() {
        Handover handover = Handover.offer(UUID.randomUUID(), chatWithFenna(), HandoverKind.COLLEAGUE, false,
                "clbchat", Optional.of("jasper"), "Voor Jasper", NOW);
        assertThat(handover.offeredTo("lien", Set.of("clbchat"))).isFalse();
        assertThatThrownBy(() -> handover.take("lien", "Lien", NOW)).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
    }

    @Test
    void badOffersAreRefused() {
        Chat chat = chatWithFenna();
        assertThatThrownBy(() -> Handover.offer(UUID.randomUUID(), chat, HandoverKind.COLLEAGUE, true, "clbchat",
                Optional.empty(), "  ", NOW)).isInstanceOf(Refusal.class).hasMessageContaining("overdrachtsnotitie");
        assertThatThrownBy(() -> Handover.offer(UUID.randomUUID(), chat, HandoverKind.COLLEAGUE, true, "clbchat",
                Optional.empty(), "x".repeat(501), NOW)).isInstanceOf(Refusal.class).hasMessageContaining("500");
        assertThatThrownBy(() -> Handover.offer(UUID.randomUUID(), chat, HandoverKind.LINE, true, "clbchat",
                Optional.empty(), "Zelfde lijn", NOW)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> Handover.offer(UUID.randomUUID(), chat, HandoverKind.COLLEAGUE, true, "clbchat",
                Optional.of("fenna"), "Mezelf", NOW)).isInstanceOf(Refusal.class);
        chat.end(Party.VISITOR, NOW);
        assertThatThrownBy(() -> toPartner(chat, true)).isInstanceOf(Refusal.class)
                .hasMessage("Alleen een lopend gesprek kan je doorverbinden.");
    }

    @Test
    void theChatMovesWithWhatTheNewOperatorMayRead() {
        Chat chat = chatWithFenna();
        chat.write(Party.VISITOR, UUID.randomUUID(), "Alleen voor Fenna", NOW);
        ChatMessage line = chat.writeSystemLine("Pim neemt het gesprek over.", NOW);
        assertThat(line.sender()).isEqualTo(Party.SYSTEM);
        assertThat(line.seq()).isEqualTo(2);
        chat.handTo("partner", "pim", "Pim", line.seq());
        assertThat(chat.lineCode()).isEqualTo("partner");
        assertThat(chat.heldBy("pim")).isTrue();
        assertThat(chat.readFromSeq()).isEqualTo(2);

        Chat cold = chatWithFenna();
        Instant firstAnswer = cold.acceptedAt().orElseThrow();
        cold.moveToQueueOf("partner", 1, NOW);
        assertThat(cold.state()).isEqualTo(ChatState.QUEUED);
        assertThat(cold.requeuedAt()).as("the front of the queue").contains(NOW);
        cold.acceptBy("pim", "Pim", NOW.plusSeconds(30));
        assertThat(cold.acceptedAt()).as("the first answer counts for the wait").contains(firstAnswer);
        assertThatThrownBy(() -> cold.write(Party.SYSTEM, UUID.randomUUID(), "nee", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachOperatorWhoHeldTheChatHasAPartOfIt() {
        Chat chat = chatWithFenna();
        assertThat(ChatParts.of(chat, java.util.List.of())).containsExactly(new ChatParts.Part(1, "clbchat", "fenna"));

        Handover refused = toPartner(chat, true);
        refused.answer(false, false, NOW);
        Handover toJasper = Handover.offer(UUID.randomUUID(), chat, HandoverKind.COLLEAGUE, true, "clbchat",
                Optional.empty(), "Arts nodig", NOW.plusSeconds(10));
        toJasper.take("jasper", "Jasper", NOW.plusSeconds(20));
        chat.handTo("clbchat", "jasper", "Jasper", 0);
        Handover toPim = toPartner(chat, true);
        toPim.answer(true, true, NOW.plusSeconds(30));
        toPim.take("pim", "Pim", NOW.plusSeconds(40));
        chat.handTo("partner", "pim", "Pim", 0);

        java.util.List<ChatParts.Part> parts = ChatParts.of(chat, java.util.List.of(toPim, refused, toJasper));
        assertThat(parts).as("a refused one starts no part").containsExactly(
                new ChatParts.Part(1, "clbchat", "fenna"), new ChatParts.Part(2, "clbchat", "jasper"),
                new ChatParts.Part(3, "partner", "pim"));
        assertThat(ChatParts.latestOf(parts, "jasper")).map(ChatParts.Part::number).contains(2);
        assertThat(ChatParts.latestOf(parts, "lien")).isEmpty();
    }

    @Test
    void aChatMovedColdThatNobodyTookThereIsStillTheFirstOperatorsPartOnTheirLine() {
        Chat chat = chatWithFenna();
        Handover cold = toPartner(chat, false);
        cold.answer(true, false, NOW);
        chat.moveToQueueOf("partner", 2, NOW);
        chat.end(Party.VISITOR, NOW.plusSeconds(60));
        cold.lapse(NOW.plusSeconds(60));
        assertThat(ChatParts.of(chat, java.util.List.of(cold)))
                .containsExactly(new ChatParts.Part(1, "clbchat", "fenna"));
    }
}
