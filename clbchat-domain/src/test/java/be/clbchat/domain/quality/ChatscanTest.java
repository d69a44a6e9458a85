package be.clbchat.domain.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clbchat.domain.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatscanTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    private static ChatscanItem item(long id, String text, boolean scored) {
        ChatscanItem item = new ChatscanItem(text, scored, (int) id * 10, "coo", NOW);
        try {
            var field = ChatscanItem.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(item, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return item;
    }

    private static Chatscan drawn() {
        return new Chatscan("c1", "clbchat", "robin", new ChatscanPeriod(LocalDate.of(2026, 11, 1), 1),
                ChatscanOrigin.DRAWN, "", NOW);
    }

    @Test
    void feedbackIsSentOnceWithAScoreForEveryScoredItem() {
        ChatscanItem contact = item(1, "Onthaal", true);
        ChatscanItem remarks = item(2, "Opmerkingen", false);
        Chatscan scan = drawn();
        assertThatThrownBy(() -> scan.send("coo", List.of(new Chatscan.ItemFeedback(contact, null, "goed"),
                new Chatscan.ItemFeedback(remarks, 3, "")), "", NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.fields())
                        .containsEntry("item-1", "Geef \"Onthaal\" een score van 1 tot 5.")
                        .containsEntry("item-2", "\"Opmerkingen\" krijgt geen score, alleen een opmerking."));
        assertThat(scan.state()).as("nothing changed").isEqualTo(ChatscanState.OPEN);

        scan.send("coo", List.of(new Chatscan.ItemFeedback(contact, 4, " Warm onthaal. "),
                new Chatscan.ItemFeedback(remarks, null, "")), "Mooi gesprek.", NOW);
        assertThat(scan.state()).isEqualTo(ChatscanState.SENT);
        assertThat(scan.reviewer()).contains("coo");
        assertThat(scan.scores()).extracting(ChatscanScore::itemText, ChatscanScore::score, ChatscanScore::comment)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Onthaal", java.util.Optional.of(4),
                        "Warm onthaal."), org.assertj.core.groups.Tuple.tuple("Opmerkingen",
                        java.util.Optional.empty(), ""));
        assertThatThrownBy(() -> scan.send("coo2", List.of(), "Nog eens", NOW)).isInstanceOf(Refusal.class)
                .hasMessage("Deze feedback werd al verstuurd door coo.");
    }

    @Test
    void theOperatorAnswersOnceAndOnlyAfterTheFeedback() {
        Chatscan scan = drawn();
        assertThatThrownBy(() -> scan.answer("robin", "Dank je", NOW)).isInstanceOf(Refusal.class)
                .hasMessage("Er is nog geen feedback om op te antwoorden.");
        scan.send("coo", List.of(), "Mooi gesprek.", NOW);
        assertThatThrownBy(() -> scan.answer("sam", "Dank je", NOW)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> scan.answer("robin", "  ", NOW)).isInstanceOf(Refusal.class);
        scan.answer("robin", "Dank je, ik neem het mee.", NOW);
        assertThat(scan.state()).isEqualTo(ChatscanState.ANSWERED);
        assertThat(scan.answer()).contains("Dank je, ik neem het mee.");
        assertThatThrownBy(() -> scan.answer("robin", "Nog iets", NOW)).isInstanceOf(Refusal.class)
                .hasMessage("Je antwoordde al op deze feedback.");
        assertThat(scan.answer()).contains("Dank je, ik neem het mee.");
    }

    @Test
    void emptyFeedbackIsRefused() {
        assertThatThrownBy(() -> drawn().send("coo", List.of(), " ", NOW)).isInstanceOf(Refusal.class)
                .hasMessageContaining("Schrijf feedback");
    }
}
