package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The live board over its socket, against the running server: it shows a visitor waiting and then the chat going on
 * as they happen, never a word of the chat; a coordinator sees every line, a supporter CLBch@t's lines of their
 * teams, an operator who is no supporter nothing.
 */
class BoardIT {

    static long opening;

    @BeforeAll
    static void lineOpen() {
        opening = ChatFixtures.exception("open");
    }

    @AfterAll
    static void lineBackToItsHours() {
        ChatFixtures.removeException(opening);
    }

    @BeforeEach
    void quiet() {
        ChatFixtures.quietEvening();
    }

    private static ChatSocket board(Staff who) {
        return ChatSocket.open(who, "/ws/board", ItServer.baseUrl());
    }

    private static JsonObject line(JsonObject board, String code) {
        return board.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(line -> line.getString("code").equals(code)).findFirst().orElse(null);
    }

    /** The next board on which CLBch@t's line shows what {@code shows} asks, within {@code within}. */
    private static JsonObject until(ChatSocket socket, Duration within, Predicate<JsonObject> shows) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            assertThat(left).as("a board that shows it within " + within).isPositive();
            JsonObject board = socket.nextWithin(Duration.ofNanos(left), "board");
            JsonObject clbchat = line(board, "clbchat");
            if (clbchat != null && shows.test(clbchat)) {
                return board;
            }
        }
    }

    @Test
    void aCoordinatorSeesAVisitorWaitAndTheChatGoOnAsItHappensWithoutAWordOfIt() {
        Staff robin = ChatFixtures.operator("it-board-robin", "Bord-Robin");
        try (ChatSocket coordinator = board(Staff.loggedIn("/bord/", "demo-coordinator", "demo-coordinator"))) {
            JsonObject first = coordinator.next("board");
            assertThat(line(first, "clbchat").getInt("waiting")).isZero();

            try (ChatSocket console = ChatIT.available(robin); ChatSocket visitor = ChatSocket.visitor()) {
                JsonObject online = until(coordinator, Duration.ofSeconds(5), clbchat -> clbchat
                        .getJsonArray("operators").getValuesAs(JsonObject.class).stream()
                        .anyMatch(operator -> operator.getString("alias").equals("Bord-Robin")));
                assertThat(line(online, "clbchat").getJsonArray("operators").getValuesAs(JsonObject.class).stream()
                        .filter(operator -> operator.getString("alias").equals("Bord-Robin")).findFirst()
                        .orElseThrow().getBoolean("available")).isTrue();

                ChatIT.start(visitor, "Bordje");
                JsonObject waiting = until(coordinator, Duration.ofSeconds(2), clbchat -> clbchat.getInt("waiting") == 1);
                assertThat(line(waiting, "clbchat").getString("waitingSince")).isNotBlank();

                String chatId = ChatIT.accept(console).getJsonObject("chat").getString("chatId");
                visitor.next("accepted");
                JsonObject going = until(coordinator, Duration.ofSeconds(2), clbchat -> clbchat.getInt("waiting") == 0
                        && clbchat.getJsonArray("chats").getValuesAs(JsonObject.class).stream()
                        .anyMatch(chat -> chat.getString("operatorAlias").equals("Bord-Robin")));
                assertThat(going.toString()).doesNotContain("Bordje");

                ChatIT.send(visitor, null, "Iets heel persoonlijks");
                assertThat(console.next("message").getString("text")).isEqualTo("Iets heel persoonlijks");
                ChatIT.send(console, chatId, "Ik luister");
                console.send("{\"type\":\"end\",\"chatId\":\"%s\"}", chatId);
                JsonObject ended = until(coordinator, Duration.ofSeconds(5), clbchat -> clbchat.getJsonArray("chats")
                        .getValuesAs(JsonObject.class).stream()
                        .noneMatch(chat -> chat.getString("operatorAlias").equals("Bord-Robin")));
                assertThat(ended.toString()).doesNotContain("persoonlijks").doesNotContain("Ik luister");
            }
        }
    }

    @Test
    void aSupporterSeesTheLinesOfTheirTeamsAndAnOperatorWhoIsNoneIsClosedOut() {
        ChatFixtures.operator("it-board-sam", "Bord-Sam");
        Staff sam = Staff.loggedIn("/bord/", "it-board-sam", "demo-operator");
        try (ChatSocket refused = board(sam)) {
            assertThat(refused.closeCode()).isEqualTo(1008);
        }
        ChatFixtures.sql("UPDATE operator SET supporter = TRUE WHERE username = 'it-board-sam'");
        try (ChatSocket supporter = board(sam)) {
            JsonObject first = supporter.next("board");
            assertThat(first.getJsonArray("lines").getValuesAs(JsonObject.class))
                    .extracting(line -> line.getString("code")).containsExactly("clbchat");
        } finally {
            ChatFixtures.sql("UPDATE operator SET supporter = FALSE WHERE username = 'it-board-sam'");
        }
        try (ChatSocket anonymous = ChatSocket.open(Staff.anonymous(), "/ws/board", ItServer.baseUrl())) {
            assertThat(anonymous.closeCode()).isEqualTo(1008);
        } catch (ChatSocket.HandshakeRefused refused) {
            assertThat(refused.getMessage()).as("the login page or a refusal, never a board").doesNotContain("board\"");
        }
    }
}
