package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Vraag ondersteuning" over the real protocol, against the running server and MariaDB: the operator asks, the
 * supporters' boards show it, two take it at once and one wins, the winner reads the chat along (audited) and
 * whispers; the operator hears the whisper, the visitor nothing, and nothing of it is among the chat's messages; after
 * the chat the two write their notes and one closes it. Refused paths each get their error and change nothing.
 */
class SupportIT {

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
        ChatFixtures.sql("UPDATE support_request SET state = 'CLOSED', outcome = 'NOT_TAKEN', closed_at = NOW(3)"
                + " WHERE state <> 'CLOSED'");
    }

    private static ChatSocket board(Staff who) {
        ChatSocket board = ChatSocket.open(who, "/ws/board", ItServer.baseUrl());
        board.next("board");
        // The board itself is sent again at every change of a queue or a chat: not what these tests look at.
        return board.ignoring("board");
    }

    private static Staff supporter(String username, String alias) {
        Staff staff = ChatFixtures.operator(username, alias);
        ChatFixtures.sql("UPDATE operator SET supporter = TRUE WHERE username = ?", username);
        return Staff.loggedIn("/bord/", username, "demo-operator");
    }

    /** The next list of requests with exactly {@code open} open ones. */
    private static List<JsonObject> requestsUntil(ChatSocket board, int open) {
        while (true) {
            List<JsonObject> requests = board.next("supportRequests").getJsonArray("requests")
                    .getValuesAs(JsonObject.class);
            if (requests.stream().filter(request -> request.getString("state").equals("open")).count() == open) {
                return requests;
            }
        }
    }

    /** The next "supportWanted" frame of a supporter's console that counts {@code open} requests waiting. */
    private static JsonObject wantedUntil(ChatSocket console, int open) {
        while (true) {
            JsonObject wanted = console.next("supportWanted");
            if (wanted.getInt("open") == open) {
                return wanted;
            }
        }
    }

    @Test
    void aSupporterTakesTheRequestReadsAlongAndWhispersWhatTheVisitorNeverSees() throws Exception {
        Staff robin = ChatFixtures.operator("it-sup-robin", "Sup-Robin");
        Staff samLogin = supporter("it-sup-sam", "Sup-Sam");
        Staff coordinatorLogin = Staff.loggedIn("/bord/", "demo-coordinator", "demo-coordinator");
        try (ChatSocket coordinator = board(coordinatorLogin); ChatSocket sam = board(samLogin);
             ChatSocket samConsole = ChatSocket.operator(samLogin);
             ChatSocket console = ChatIT.available(robin); ChatSocket visitor = ChatSocket.visitor()) {
            samConsole.next("welcome");
            ChatIT.start(visitor, "Noor");
            String chatId = ChatIT.accept(console).getJsonObject("chat").getString("chatId");
            visitor.next("accepted");
            ChatIT.send(visitor, null, "Ik zie het niet meer zitten.");
            console.next("message");

            // Bad asks first: each an error frame, nothing stored.
            console.send("{\"type\":\"askSupport\",\"chatId\":\"%s\",\"note\":\"%s\"}", chatId, "x".repeat(281));
            JsonObject tooLong = console.next("error");
            assertThat(tooLong.getString("code")).isEqualTo("invalid-field");
            assertThat(tooLong.getString("message")).contains("280");
            console.send("{\"type\":\"askSupport\",\"chatId\":\"%s\"}", java.util.UUID.randomUUID());
            assertThat(console.next("error").getString("code")).isEqualTo("unknown-chat");
            assertThat(ChatFixtures.count("SELECT COUNT(*) FROM support_request WHERE chat_id = ?", chatId)).isZero();

            console.send("{\"type\":\"askSupport\",\"chatId\":\"%s\",\"note\":\"Gedachten aan zelfdoding\","
                    + "\"urgent\":true}", chatId);
            JsonObject asked = console.next("support");
            assertThat(asked.getString("state")).isEqualTo("open");
            assertThat(asked.getBoolean("urgent")).isTrue();
            long requestId = asked.getJsonNumber("requestId").longValue();
            console.send("{\"type\":\"askSupport\",\"chatId\":\"%s\"}", chatId);
            assertThat(console.next("error").getString("message")).isEqualTo("Je vroeg al ondersteuning voor dit"
                    + " gesprek.");

            for (ChatSocket supporterBoard : List.of(coordinator, sam)) {
                JsonObject request = requestsUntil(supporterBoard, 1).get(0);
                assertThat(request.getString("operatorAlias")).isEqualTo("Sup-Robin");
                assertThat(request.getString("note")).isEqualTo("Gedachten aan zelfdoding");
                assertThat(request.getBoolean("urgent")).isTrue();
                assertThat(request.toString()).as("no word of the chat before it is taken")
                        .doesNotContain("zitten");
            }

            // A supporter in the console is told too (a line and a sound there; taking it is on the board).
            JsonObject wanted = wantedUntil(samConsole, 1);
            assertThat(wanted.getString("newestAlias")).isEqualTo("Sup-Robin");
            assertThat(wanted.getBoolean("urgent")).isTrue();

            // Both take it at once: one reads along, the other is told who did.
            coordinator.send("{\"type\":\"take\",\"requestId\":%d}", requestId);
            sam.send("{\"type\":\"take\",\"requestId\":%d}", requestId);
            JsonObject first = coordinator.nextOf("readAlong", "error");
            JsonObject second = sam.nextOf("readAlong", "error");
            assertThat(Stream.of(first, second).map(frame -> frame.getString("type")))
                    .containsExactlyInAnyOrder("readAlong", "error");
            boolean coordinatorWon = first.getString("type").equals("readAlong");
            ChatSocket winner = coordinatorWon ? coordinator : sam;
            ChatSocket loser = coordinatorWon ? sam : coordinator;
            String winnerName = coordinatorWon ? "demo-coordinator" : "it-sup-sam";
            JsonObject readAlong = coordinatorWon ? first : second;
            JsonObject refused = coordinatorWon ? second : first;
            String winnerDisplay = ChatFixtures.text("SELECT display_name FROM staff_account WHERE username = ?",
                    winnerName);
            assertThat(refused.getString("code")).isEqualTo("support-taken");
            assertThat(refused.getString("message")).isEqualTo(winnerDisplay + " nam deze vraag al op.");
            assertThat(readAlong.getJsonArray("messages").getValuesAs(JsonObject.class))
                    .extracting(message -> message.getString("text")).containsExactly("Ik zie het niet meer zitten.");
            assertThat(QualityIT.reads(chatId, winnerName, "READ_ALONG")).isOne();
            String loserName = coordinatorWon ? "it-sup-sam" : "demo-coordinator";
            assertThat(ChatFixtures.count("SELECT COUNT(*) FROM transcript_read WHERE chat_id = ? AND reader = ?",
                    chatId, loserName)).as("the one refused read nothing").isZero();
            JsonObject taken = console.next("support");
            assertThat(taken.getString("state")).isEqualTo("taken");
            assertThat(wantedUntil(samConsole, 0).containsKey("newestAlias")).as("nothing waits any more").isFalse();
            assertThat(taken.getString("supporterName")).isEqualTo(winnerDisplay);

            // Live: what is said reaches the supporter as it is said.
            ChatIT.send(visitor, null, "Ik heb er al over nagedacht hoe.");
            console.next("message");
            assertThat(winner.next("readAlongMessage").getString("text")).isEqualTo("Ik heb er al over nagedacht hoe.");

            // The whisper: to the operator (and the supporter's own board), never to the visitor.
            winner.send("{\"type\":\"whisper\",\"requestId\":%d,\"text\":\"Vraag of er een plan is en wanneer.\"}",
                    requestId);
            JsonObject whisper = console.next("whisper");
            assertThat(whisper.getString("text")).isEqualTo("Vraag of er een plan is en wanneer.");
            assertThat(whisper.getString("from")).isEqualTo(winnerDisplay);
            assertThat(winner.next("whisper").getString("text")).isEqualTo("Vraag of er een plan is en wanneer.");
            loser.send("{\"type\":\"whisper\",\"requestId\":%d,\"text\":\"Ik ook\"}", requestId);
            assertThat(loser.next("error").getString("code")).isEqualTo("unknown-support");
            winner.send("{\"type\":\"whisper\",\"requestId\":%d,\"text\":\"   \"}", requestId);
            assertThat(winner.next("error").getString("code")).isEqualTo("invalid-field");
            assertThat(visitor.drain(Duration.ofSeconds(1))).as("the visitor hears nothing of it")
                    .allSatisfy(frame -> assertThat(frame.toString()).doesNotContain("plan is"));
            assertThat(ChatFixtures.count("SELECT COUNT(*) FROM chat_message WHERE chat_id = ? AND body LIKE"
                    + " '%plan is%'", chatId)).as("not among the chat's messages").isZero();
            assertThat(ChatFixtures.count("SELECT COUNT(*) FROM support_whisper WHERE chat_id = ?", chatId)).isOne();

            // A reconnected console gets where the request stands, with the whisper.
            try (ChatSocket secondTab = ChatSocket.operator(robin)) {
                secondTab.next("welcome");
                JsonObject state = secondTab.next("support");
                assertThat(state.getString("state")).isEqualTo("taken");
                assertThat(state.getJsonArray("whispers").getValuesAs(JsonObject.class))
                        .extracting(found -> found.getString("text"))
                        .containsExactly("Vraag of er een plan is en wanneer.");
            }

            // Notes come after the chat.
            HttpResponse<String> early = robin.putJson("/api/support/" + requestId + "/note", "{\"text\":\"Dank\"}");
            assertThat(early.statusCode()).isEqualTo(409);
            assertThat(ChatFixtures.json(early.body()).getString("error")).isEqualTo("chat-still-going");

            console.send("{\"type\":\"end\",\"chatId\":\"%s\"}", chatId);
            console.next("ended");
            assertThat(winner.next("readAlongEnded").getJsonNumber("requestId").longValue()).isEqualTo(requestId);
            winner.send("{\"type\":\"whisper\",\"requestId\":%d,\"text\":\"Nog iets\"}", requestId);
            assertThat(winner.next("error").getString("code")).isEqualTo("chat-ended");

            Staff winnerLogin = coordinatorWon ? coordinatorLogin : samLogin;
            Staff other = ChatFixtures.operator("it-sup-other", "Sup-Other");
            HttpResponse<String> stranger = other.putJson("/api/support/" + requestId + "/note", "{\"text\":\"Hm\"}");
            assertThat(stranger.statusCode()).as("someone else's request, as one that does not exist").isEqualTo(404);
            assertThat(robin.putJson("/api/support/" + requestId + "/note", "{\"text\":\"" + "x".repeat(2001)
                    + "\"}").statusCode()).isEqualTo(400);
            assertThat(robin.putJson("/api/support/" + requestId + "/note", "{\"text\":\"Dank, dat hielp.\"}")
                    .statusCode()).isEqualTo(200);
            assertThat(winnerLogin.putJson("/api/support/" + requestId + "/note",
                    "{\"text\":\"Goed doorgevraagd.\"}").statusCode()).isEqualTo(200);
            JsonObject mine = ChatFixtures.json("{\"list\":" + robin.get("/api/support/mine").body() + "}")
                    .getJsonArray("list").getJsonObject(0);
            assertThat(mine.getString("role")).isEqualTo("operator");
            assertThat(mine.getString("supporterNote")).isEqualTo("Goed doorgevraagd.");
            assertThat(mine.getJsonArray("whispers").getJsonObject(0).getString("text"))
                    .isEqualTo("Vraag of er een plan is en wanneer.");
            assertThat(other.postJson("/api/support/" + requestId + "/close", "{}").statusCode()).isEqualTo(404);
            HttpResponse<String> closed = robin.postJson("/api/support/" + requestId + "/close", "{}");
            assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
            assertThat(ChatFixtures.json(closed.body()).getString("state")).isEqualTo("closed");
            assertThat(winnerLogin.postJson("/api/support/" + requestId + "/close", "{}").statusCode())
                    .as("closed once").isEqualTo(409);
            assertThat(ChatFixtures.text("SELECT CONCAT(state, ' ', outcome, ' ', operator_note, ' / ',"
                    + " supporter_note) FROM support_request WHERE id = ?", requestId))
                    .isEqualTo("CLOSED DONE Dank, dat hielp. / Goed doorgevraagd.");
        }
    }

    @Test
    void aRequestCanBeTakenBackAndOneNobodyTookClosesWithItsChatAndOnlySupportersGetTheRequests() throws Exception {
        Staff robin = ChatFixtures.operator("it-sup-robin", "Sup-Robin");
        Staff plain = ChatFixtures.operator("it-sup-plain", "Sup-Plain");
        try (ChatSocket coordinator = board(Staff.loggedIn("/bord/", "demo-coordinator", "demo-coordinator"));
             ChatSocket console = ChatIT.available(robin); ChatSocket visitor = ChatSocket.visitor()) {
            ChatIT.start(visitor, "Jules");
            String chatId = ChatIT.accept(console).getJsonObject("chat").getString("chatId");
            visitor.next("accepted");
            // Asked, taken back before anyone took it, asked again.
            console.send("{\"type\":\"askSupport\",\"chatId\":\"%s\"}", chatId);
            long withdrawn = console.next("support").getJsonNumber("requestId").longValue();
            requestsUntil(coordinator, 1);
            console.send("{\"type\":\"withdrawSupport\",\"requestId\":%d}", withdrawn);
            assertThat(console.next("support").getString("outcome")).isEqualTo("withdrawn");
            requestsUntil(coordinator, 0);
            console.send("{\"type\":\"askSupport\",\"chatId\":\"%s\"}", chatId);
            long requestId = console.next("support").getJsonNumber("requestId").longValue();
            assertThat(requestId).isNotEqualTo(withdrawn);
            requestsUntil(coordinator, 1);

            // An operator who is no supporter has no board to take it on, and their console cannot take it.
            try (ChatSocket refused = ChatSocket.open(Staff.loggedIn("/bord/", "it-sup-plain", "demo-operator"),
                    "/ws/board", ItServer.baseUrl())) {
                assertThat(refused.closeCode()).isEqualTo(1008);
            }
            try (ChatSocket plainConsole = ChatSocket.operator(plain)) {
                plainConsole.next("welcome");
                plainConsole.send("{\"type\":\"take\",\"requestId\":%d}", requestId);
                assertThat(plainConsole.next("error").getString("code")).isEqualTo("unknown-type");
            }

            console.send("{\"type\":\"end\",\"chatId\":\"%s\"}", chatId);
            // In either order: the request closes in a transaction of its own, after the chat's.
            List<JsonObject> after = List.of(console.nextOf("ended", "support"), console.nextOf("ended", "support"));
            assertThat(after).extracting(frame -> frame.getString("type")).containsExactlyInAnyOrder("ended",
                    "support");
            assertThat(after.stream().filter(frame -> frame.getString("type").equals("support")).findFirst()
                    .orElseThrow().getString("outcome")).isEqualTo("not_taken");
            requestsUntil(coordinator, 0);
            coordinator.send("{\"type\":\"take\",\"requestId\":%d}", requestId);
            assertThat(coordinator.next("error").getString("code")).isEqualTo("support-closed");
            assertThat(ChatFixtures.count("SELECT COUNT(*) FROM transcript_read WHERE chat_id = ?", chatId)).isZero();
        }
    }

    @Test
    void anOldChatWithASupportCaseKeepsItsTranscriptUntilTheCaseIsClosed() {
        String robin = QualityIT.operator("it-sup-old");
        String old = QualityIT.endedChat(robin, "clbchat", Instant.now().minus(50, ChronoUnit.DAYS), true);
        ChatFixtures.sql("INSERT INTO support_request (chat_id, line_code, operator_username, operator_alias, note,"
                + " urgent, asked_at, state, supporter, supporter_name, taken_at, operator_note, supporter_note)"
                + " VALUES (?, 'clbchat', ?, 'Alias', '', FALSE, NOW(3) - INTERVAL 50 DAY, 'TAKEN', 'demo-coordinator',"
                + " 'Demo', NOW(3) - INTERVAL 50 DAY, '', '')", old, robin);
        long id = ChatFixtures.count("SELECT id FROM support_request WHERE chat_id = ?", old);
        ChatFixtures.sql("INSERT INTO support_whisper (request_id, chat_id, author, author_name, text, sent_at)"
                + " VALUES (?, ?, 'demo-coordinator', 'Demo', 'Vraag door', NOW(3) - INTERVAL 50 DAY)", id, old);
        assertThat(ChatFixtures.count("SELECT COUNT(*) FROM chat_message WHERE chat_id = ?", old)).isEqualTo(2);

        Staff coordinator = Staff.withBasic("demo-coordinator", "demo-coordinator");
        HttpResponse<String> closed = coordinator.postJson("/api/support/" + id + "/close", "{}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(ChatFixtures.count("SELECT COUNT(*) FROM chat_message WHERE chat_id = ?", old))
                .as("closed and past the retention: gone at once").isZero();
        assertThat(ChatFixtures.count("SELECT COUNT(*) FROM support_whisper WHERE chat_id = ?", old))
                .as("the whispers with it").isZero();
        assertThat(ChatFixtures.count("SELECT COUNT(*) FROM chat_registration WHERE chat_id = ?", old))
                .as("the registration stays").isOne();
    }
}
