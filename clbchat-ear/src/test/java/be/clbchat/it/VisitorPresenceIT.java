package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the operator learns about the visitor over the real protocol: a line that went quiet (the phone lost its
 * network, the socket did not close) within seconds, the visitor's "Snel weg", and their rating afterwards.
 */
class VisitorPresenceIT {

    static long opening;
    static Staff kim;

    @BeforeAll
    static void lineOpenAndAnOperator() {
        opening = ChatFixtures.exception("open");
        kim = ChatFixtures.operator("it-op-presence", "Aanwezig");
    }

    @AfterAll
    static void lineBackToItsHours() {
        ChatFixtures.removeException(opening);
    }

    @BeforeEach
    void quiet() {
        ChatFixtures.quietEvening();
    }

    private static String accepted(ChatSocket console, ChatSocket visitor, String nickname) {
        String chatId = ChatIT.start(visitor, nickname).getString("chatId");
        console.send("{\"type\":\"accept\"}");
        console.next("accepted");
        visitor.next("accepted");
        return chatId;
    }

    @Test
    void theOperatorSeesWithinSecondsThatTheVisitorsLineWentQuietAndThatItCameBack() {
        try (ChatSocket console = ChatIT.available(kim); ChatSocket visitor = ChatSocket.visitor()) {
            String chatId = accepted(console, visitor, "Stil");
            ChatIT.send(visitor, null, "Ik zit op de bus");
            assertThat(console.next("message").getString("text")).isEqualTo("Ik zit op de bus");
            Instant quietFrom = Instant.now();
            visitor.goDeaf();

            JsonObject gone = console.next("visitor");
            Duration noticed = Duration.between(quietFrom, Instant.now());
            assertThat(gone.getString("chatId")).isEqualTo(chatId);
            assertThat(gone.getBoolean("connected")).isFalse();
            assertThat(noticed).as("told within seconds, not after the socket's time-out")
                    .isBetween(Duration.ofSeconds(6), Duration.ofSeconds(15));
            Instant since = Instant.parse(gone.getString("since"));
            // The socket may still read the next ping after goDeaf (one read was already asked for): up to 2 s later.
            assertThat(Duration.between(quietFrom, since)).as("since the line went quiet")
                    .isBetween(Duration.ofSeconds(-1), Duration.ofSeconds(4));
            assertThat(ChatFixtures.count("SELECT COUNT(*) FROM chat WHERE id = ? AND visitor_away_since IS NULL",
                    chatId)).as("a hint only: the grace period starts when the socket closes").isOne();

            visitor.hearAgain();
            JsonObject back = console.next("visitor");
            assertThat(back.getBoolean("connected")).isTrue();
            ChatIT.send(visitor, null, "Weer bereik");
        }
    }

    /**
     * A socket that closes (or opens) while the database cannot be written leaves the stored presence behind. Here
     * that write is undone by hand, as a failed one would have left it: the janitor sets it right within seconds.
     */
    @Test
    void presenceLeftBehindByAWriteThatFailedIsSetRightFromTheSocketsTheServerHolds() {
        ChatFixtures.operator("it-op-ghost", "Spook");
        try (ChatSocket console = ChatIT.available(kim); ChatSocket visitor = ChatSocket.visitor()) {
            String talking = accepted(console, visitor, "Blijft");
            String gone;
            try (ChatSocket left = ChatSocket.visitor()) {
                gone = ChatIT.start(left, "Weg").getString("chatId");
            }
            awaitCount(1, "SELECT COUNT(*) FROM chat WHERE id = ? AND visitor_away_since IS NOT NULL", gone);

            // What three failed writes would have left: a visitor "connected" without socket, an operator "online"
            // without console, and the visitor who is connected stored as away.
            ChatFixtures.sql("UPDATE chat SET visitor_away_since = NULL WHERE id = ?", gone);
            ChatFixtures.sql("UPDATE operator SET online = TRUE, offline_since = NULL WHERE username = ?",
                    "it-op-ghost");
            ChatFixtures.sql("UPDATE chat SET visitor_away_since = UTC_TIMESTAMP(3) WHERE id = ?", talking);

            awaitCount(1, "SELECT COUNT(*) FROM chat WHERE id = ? AND visitor_away_since IS NOT NULL", gone);
            awaitCount(0, "SELECT COUNT(*) FROM operator WHERE username = ? AND online = TRUE", "it-op-ghost");
            awaitCount(0, "SELECT COUNT(*) FROM chat WHERE id = ? AND visitor_away_since IS NOT NULL", talking);
            assertThat(ChatFixtures.count("SELECT COUNT(*) FROM operator WHERE username = ? AND online = TRUE"
                    + " AND offline_since IS NULL", "it-op-presence")).as("the operator who is connected").isOne();
            // The operator hears that their visitor is back, and the chat goes on.
            JsonObject back = console.next("visitor");
            assertThat(back.getString("chatId")).isEqualTo(talking);
            assertThat(back.getBoolean("connected")).isTrue();
            ChatIT.send(visitor, null, "Nog steeds hier");
        }
    }

    private static void awaitCount(long expected, String query, Object... parameters) {
        Instant deadline = Instant.now().plusSeconds(15);
        long last = -1;
        while (Instant.now().isBefore(deadline)) {
            last = ChatFixtures.count(query, parameters);
            if (last == expected) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError(query + " gave " + last + ", not " + expected + ", for 15 s");
    }

    @Test
    void snelWegEndsTheChatAndTellsTheOperatorSoTheyDoNotWriteAfterThem() {
        try (ChatSocket console = ChatIT.available(kim); ChatSocket visitor = ChatSocket.visitor()) {
            String chatId = accepted(console, visitor, "Weg");
            visitor.send("{\"type\":\"end\",\"quickExit\":\"ja\"}");
            assertThat(visitor.next("error").getString("message")).contains("quickExit");
            assertThat(ChatFixtures.count("SELECT COUNT(*) FROM chat WHERE id = ? AND state = 'ACTIVE'", chatId))
                    .as("a bad frame ends nothing").isOne();

            visitor.send("{\"type\":\"end\",\"quickExit\":true}");
            JsonObject ended = console.next("ended");
            assertThat(ended.getBoolean("quickExit")).isTrue();
            assertThat(visitor.next("ended").containsKey("quickExit")).isFalse();
            assertThat(ChatFixtures.text("SELECT end_reason FROM chat WHERE id = ?", chatId)).isEqualTo("QUICK_EXIT");
            JsonObject proposal = ChatFixtures.json(kim.get("/api/chats/" + chatId + "/registration").body());
            assertThat(proposal.getJsonArray("outcomes").getString(0)).as("sessie (plots) afgebroken")
                    .isEqualTo("aborted");
        }
    }

    @Test
    void theVisitorsRatingReachesTheOperatorAfterTheChat() {
        try (ChatSocket console = ChatIT.available(kim); ChatSocket visitor = ChatSocket.visitor()) {
            String chatId = accepted(console, visitor, "Tevreden");
            visitor.send("{\"type\":\"end\"}");
            console.next("ended");
            visitor.next("ended");
            visitor.send("{\"type\":\"rate\",\"stars\":4,\"comment\":\"Fijn dat je luisterde\"}");
            visitor.next("rated");
            JsonObject rated = console.next("rated");
            assertThat(rated.getString("chatId")).isEqualTo(chatId);
            assertThat(rated.getInt("stars")).isEqualTo(4);
            assertThat(rated.getString("comment")).isEqualTo("Fijn dat je luisterde");
        }
    }
}
