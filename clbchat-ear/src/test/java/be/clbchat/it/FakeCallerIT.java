package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Suspected fake callers over the real protocol and REST API, against MariaDB: a browser's pseudonym is stored only
 * as a keyed hash; an accepted mark reaches the operator of that pseudonym's next chat and nothing of it the visitor;
 * a block gives a neutral answer and makes no chat.
 */
class FakeCallerIT {

    private static final String START = "{\"type\":\"start\",\"line\":\"clbchat\",\"nickname\":\"%s\",\"role\":\"pupil\","
            + "\"age\":15,\"device\":\"mobile\",\"pseudonym\":\"%s\"}";
    private static final String NOTE = "Grapjes over pizza, drie keer na elkaar.";

    static long opening;
    static Staff kim;

    @BeforeAll
    static void lineOpenAndAnOperator() {
        opening = ChatFixtures.exception("open");
        kim = ChatFixtures.operator("it-op-fake-kim", "Fake-Kim");
    }

    @AfterAll
    static void lineBackToItsHours() {
        ChatFixtures.removeException(opening);
    }

    @BeforeEach
    void quiet() {
        ChatFixtures.quietEvening();
    }

    static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }

    /** The operator takes a chat of this browser; the visitor's socket stays open; returns the chat as they got it. */
    static JsonObject takeChat(ChatSocket console, ChatSocket visitor, String key) {
        visitor.send(START, "Bezoeker", key);
        visitor.next("queued");
        console.send("{\"type\":\"accept\"}");
        JsonObject chat = console.next("accepted").getJsonObject("chat");
        visitor.next("accepted");
        return chat;
    }

    private static String registeredChat(String key, boolean suspectedFake) {
        return registeredChat(kim, key, suspectedFake, "Intern: bleef lachen.");
    }

    /** A chat of this browser that the operator took, ended and registered (as a suspected fake call or not). */
    static String registeredChat(Staff operator, String key, boolean suspectedFake, String note) {
        try (ChatSocket console = ChatIT.available(operator); ChatSocket visitor = ChatSocket.visitor()) {
            String chatId = takeChat(console, visitor, key).getString("chatId");
            console.send("{\"type\":\"end\",\"chatId\":\"%s\"}", chatId);
            console.next("ended");
            HttpResponse<String> registered = operator.putJson("/api/chats/" + chatId + "/registration",
                    "{\"clientType\":\"pupil\",\"themes\":[\"pesten\"],\"outcomes\":[\"info-advice\"],"
                            + "\"suspectedFake\":" + suspectedFake + ",\"note\":\"" + note + "\"}");
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
            return chatId;
        }
    }

    private static JsonObject markIn(String list, String chatId) {
        JsonObject review = ChatFixtures.json(ChatFixtures.coordinator().get("/api/fake-calls").body());
        return review.getJsonArray(list).getValuesAs(JsonObject.class).stream()
                .filter(mark -> mark.getString("chatId").equals(chatId)).findFirst().orElse(null);
    }

    private static HttpResponse<String> decide(String chatId, String json) {
        return ChatFixtures.coordinator().putJson("/api/fake-calls/" + chatId, json);
    }

    @Test
    void anAcceptedMarkReachesTheOperatorOfThatBrowsersNextChatAndNothingOfItTheVisitor() throws Exception {
        String key = newKey();
        String first = registeredChat(key, true);

        JsonObject pending = markIn("pending", first);
        assertThat(pending).as("the mark waits for the coordinators").isNotNull();
        assertThat(pending.getBoolean("hasPseudonym")).isTrue();
        assertThat(pending.getString("operator")).isEqualTo("Fake-Kim");
        assertThat(pending.getString("registrationNote")).isEqualTo("Intern: bleef lachen.");
        assertThat(kim.get("/api/fake-calls").statusCode()).as("an operator does not review").isEqualTo(403);

        HttpResponse<String> accepted = decide(first, "{\"decision\":\"accept\",\"note\":\"" + NOTE + "\",\"days\":30}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(ChatFixtures.json(accepted.body()).getString("state")).isEqualTo("accepted");
        assertThat(markIn("active", first)).isNotNull();
        assertThat(decide(first, "{\"decision\":\"reject\"}").statusCode()).as("a review is final").isEqualTo(409);

        try (ChatSocket console = ChatIT.available(kim); ChatSocket visitor = ChatSocket.visitor()) {
            JsonObject chat = takeChat(console, visitor, key);
            JsonObject caution = chat.getJsonObject("caution");
            assertThat(caution.getInt("times")).isEqualTo(1);
            assertThat(caution.getJsonArray("notes").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                    .containsExactly(NOTE);
            ChatIT.send(console, chat.getString("chatId"), "Waarover wil je praten?");
            visitor.next("message");

            // After a reload the console still knows.
            try (ChatSocket again = ChatSocket.operator(kim)) {
                JsonObject welcome = again.next("welcome");
                assertThat(welcome.getJsonArray("chats").getJsonObject(0).getJsonObject("caution").getInt("times"))
                        .isEqualTo(1);
            }
            List<JsonObject> toVisitor = new ArrayList<>(visitor.seen());
            toVisitor.addAll(visitor.drain(Duration.ofMillis(300)));
            assertThat(toVisitor).isNotEmpty().allSatisfy(frame -> {
                assertThat(frame.keySet()).doesNotContain("caution");
                assertThat(frame.toString()).doesNotContain("pizza").doesNotContain("nepoproep");
            });
        }

        try (ChatSocket console = ChatIT.available(kim); ChatSocket visitor = ChatSocket.visitor()) {
            assertThat(takeChat(console, visitor, newKey()).get("caution")).as("another browser: nothing")
                    .isEqualTo(JsonValue.NULL);
        }
    }

    @Test
    void badDecisionsAreRefusedNamingTheFieldAndAWithdrawnMarkLeavesTheList() {
        String chatId = registeredChat(newKey(), true);
        assertThat(ChatFixtures.json(decide(chatId, "{\"decision\":\"misschien\"}").body()).getJsonObject("fields")
                .keySet()).containsExactly("decision");
        HttpResponse<String> noNote = decide(chatId, "{\"decision\":\"accept\",\"note\":\" \"}");
        assertThat(noNote.statusCode()).isEqualTo(400);
        assertThat(ChatFixtures.json(noNote.body()).getJsonObject("fields").keySet()).containsExactly("note");
        assertThat(ChatFixtures.json(decide(chatId, "{\"decision\":\"accept\",\"note\":\"x\",\"days\":0}").body())
                .getJsonObject("fields").keySet()).containsExactly("days");
        assertThat(decide(chatId, "{nope").statusCode()).isEqualTo(400);
        assertThat(decide(java.util.UUID.randomUUID().toString(), "{\"decision\":\"reject\"}").statusCode())
                .isEqualTo(404);
        assertThat(markIn("pending", chatId)).as("nothing was decided").isNotNull();

        // The operator takes the mark back before anyone reviewed it: it leaves the list.
        HttpResponse<String> corrected = kim.putJson("/api/chats/" + chatId + "/registration",
                "{\"clientType\":\"pupil\",\"themes\":[\"pesten\"],\"outcomes\":[\"support\"],\"suspectedFake\":false}");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        assertThat(markIn("pending", chatId)).isNull();
        assertThat(ChatFixtures.count("SELECT COUNT(*) FROM fake_call_mark WHERE chat_id = ?", chatId)).isZero();
    }

    @Test
    void aBlockedBrowserGetsTheNeutralAnswerAndNoChatUntilTheBlockIsLifted() throws Exception {
        String key = newKey();
        String marked = registeredChat(key, true);
        assertThat(decide(marked, "{\"decision\":\"accept\",\"note\":\"" + NOTE + "\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> tooLong = ChatFixtures.coordinator().postJson("/api/fake-calls/" + marked + "/block",
                "{\"days\":91}");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(ChatFixtures.json(tooLong.body()).getJsonObject("fields").keySet()).containsExactly("days");
        HttpResponse<String> blocked = ChatFixtures.coordinator().postJson("/api/fake-calls/" + marked + "/block",
                "{\"days\":7,\"note\":\"Scheldt elke avond.\"}");
        assertThat(blocked.statusCode()).as(blocked.body()).isEqualTo(201);
        long blockId = ChatFixtures.json(blocked.body()).getJsonNumber("id").longValue();
        assertThat(ChatFixtures.coordinator().postJson("/api/fake-calls/" + marked + "/block", "{}").statusCode())
                .as("blocked once is enough").isEqualTo(409);

        long chatsBefore = ChatFixtures.count("SELECT COUNT(*) FROM chat");
        try (ChatSocket visitor = ChatSocket.visitor()) {
            visitor.send(START, "Weer ik", key);
            JsonObject answer = visitor.nextOf("unavailable", "queued", "error");
            assertThat(answer.getString("type")).isEqualTo("unavailable");
            assertThat(answer.keySet()).as("nothing that says why").containsExactly("type");
        }
        assertThat(ChatFixtures.count("SELECT COUNT(*) FROM chat")).as("no chat row").isEqualTo(chatsBefore);
        try (ChatSocket visitor = ChatSocket.visitor()) {
            visitor.send(START, "Iemand anders", newKey());
            visitor.next("queued");
        }

        assertThat(ChatFixtures.coordinator().delete("/api/fake-calls/blocks/" + blockId).statusCode()).isEqualTo(200);
        try (ChatSocket visitor = ChatSocket.visitor()) {
            visitor.send(START, "Weer ik", key);
            assertThat(visitor.nextOf("unavailable", "queued").getString("type")).isEqualTo("queued");
        }
        assertThat(ChatFixtures.coordinator().delete("/api/fake-calls/blocks/" + blockId).statusCode())
                .as("lifted once").isEqualTo(409);
    }

    @Test
    void aMalformedPseudonymIsAnErrorFrameAndMakesNoChat() {
        long chatsBefore = ChatFixtures.count("SELECT COUNT(*) FROM chat");
        try (ChatSocket visitor = ChatSocket.visitor()) {
            visitor.send(START, "Kapot", "te-kort");
            JsonObject error = visitor.next("error");
            assertThat(error.getString("code")).isEqualTo("invalid-field");
            assertThat(error.getString("message")).contains("pseudonym");
            visitor.send("{\"type\":\"start\",\"line\":\"clbchat\",\"nickname\":\"Kapot\",\"role\":\"pupil\","
                    + "\"pseudonym\":42}");
            assertThat(visitor.next("error").getString("message")).contains("pseudonym");
            // The same connection can still start with a good one.
            visitor.send(START, "Heel", newKey());
            visitor.next("queued");
        }
        assertThat(ChatFixtures.count("SELECT COUNT(*) FROM chat")).isEqualTo(chatsBefore + 1);
    }

    @Test
    void theBrowsersKeyIsNowhereInTheDatabaseOnlyAKeyedHashOfIt() throws Exception {
        String key = newKey();
        String chatId = registeredChat(key, true);
        assertThat(decide(chatId, "{\"decision\":\"accept\",\"note\":\"" + NOTE + "\"}").statusCode()).isEqualTo(200);
        assertThat(ChatFixtures.coordinator().postJson("/api/fake-calls/" + chatId + "/block", "{\"days\":1}")
                .statusCode()).isEqualTo(201);

        String hash = ChatFixtures.text("SELECT pseudonym_hash FROM chat WHERE id = ?", chatId);
        assertThat(hash).matches("[0-9a-f]{64}");
        assertThat(ChatFixtures.count("SELECT COUNT(*) FROM chat WHERE id = ? AND pseudonym_hash = SHA2(?, 256)",
                chatId, key)).as("keyed with the server's secret, not a plain hash").isZero();
        assertThat(ChatFixtures.count("SELECT COUNT(*) FROM fake_call_mark WHERE pseudonym_hash = ?", hash)).isOne();
        assertThat(ChatFixtures.count("SELECT COUNT(*) FROM caller_block WHERE pseudonym_hash = ?", hash)).isOne();

        List<String> textColumns = new ArrayList<>();
        List<String> pseudonymColumns = new ArrayList<>();
        try (Connection db = ChatFixtures.database();
             PreparedStatement columns = db.prepareStatement("SELECT table_name, column_name FROM"
                     + " information_schema.columns WHERE table_schema = DATABASE() AND data_type IN"
                     + " ('char', 'varchar', 'text', 'tinytext', 'mediumtext', 'longtext', 'binary', 'varbinary',"
                     + " 'blob')");
             ResultSet rows = columns.executeQuery()) {
            while (rows.next()) {
                String column = rows.getString(1) + "." + rows.getString(2);
                textColumns.add(column);
                if (column.contains("pseudonym")) {
                    pseudonymColumns.add(column);
                }
            }
            assertThat(pseudonymColumns).as("only hashes are kept").allMatch(column -> column.endsWith("_hash"))
                    .isNotEmpty();
            for (String column : textColumns) {
                String[] parts = column.split("\\.");
                try (PreparedStatement search = db.prepareStatement("SELECT COUNT(*) FROM `" + parts[0]
                        + "` WHERE CAST(`" + parts[1] + "` AS CHAR) LIKE ?")) {
                    search.setString(1, "%" + key + "%");
                    try (ResultSet found = search.executeQuery()) {
                        found.next();
                        assertThat(found.getLong(1)).as("the key in %s", column).isZero();
                    }
                }
            }
        }
        assertThat(textColumns).as("the walk saw the tables").contains("chat.pseudonym_hash", "chat_message.body");
    }

    @Test
    void onlyTheCoordinationTeamReviewsAndACentresAdminSeesOnlyItsOwnChatsToRegister() {
        String unregistered;
        try (ChatSocket console = ChatIT.available(kim); ChatSocket visitor = ChatSocket.visitor()) {
            unregistered = takeChat(console, visitor, newKey()).getString("chatId");
            console.send("{\"type\":\"end\",\"chatId\":\"%s\"}", unregistered);
            console.next("ended");
        }
        Staff noord = Staff.withBasic("demo-noord-admin", "demo-noord-admin");
        assertThat(noord.get("/api/fake-calls").statusCode()).isEqualTo(403);
        assertThat(noord.putJson("/api/fake-calls/" + unregistered, "{\"decision\":\"reject\"}").statusCode())
                .isEqualTo(403);
        assertThat(noord.get("/api/chats/unregistered").body()).doesNotContain(unregistered);
        assertThat(Staff.anonymous().get("/api/fake-calls").statusCode()).isEqualTo(401);

        Staff noordPages = Staff.loggedIn("/admin/registraties/index.xhtml", "demo-noord-admin", "demo-noord-admin");
        HttpResponse<String> own = noordPages.get("/admin/registraties/index.xhtml");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("Nog te registreren").doesNotContain(unregistered).doesNotContain("Fake-Kim");
        assertThat(noordPages.get("/admin/nepoproepen/index.xhtml").statusCode()).isEqualTo(403);

        Staff coordinatorPages = Staff.loggedIn("/admin/registraties/index.xhtml", "demo-coordinator",
                "demo-coordinator");
        assertThat(coordinatorPages.get("/admin/registraties/index.xhtml").body()).contains(unregistered)
                .contains("Fake-Kim");
    }
}
