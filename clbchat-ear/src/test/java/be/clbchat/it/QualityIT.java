package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clbchat.domain.quality.ChatscanDraw;
import be.clbchat.domain.quality.ChatscanPeriod;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The quality work against the running server and MariaDB: who may read a transcript (each path allowed for its reader
 * only, every read in the audit log, a refused read writes nothing, the log cannot be changed), the chatscan's draw
 * (fair, reproducible, once per operator, only registered chats), its review and feedback answered once, and a
 * transcript kept past the retention period while its review waits, gone when it is done.
 */
class QualityIT {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Staff COORDINATOR = ChatFixtures.coordinator();
    private static final Staff ADMIN = Staff.withBasic("demo-admin", "demo-admin");
    private static final Staff NOORD_ADMIN = ClbBoxesIT.NOORD_ADMIN;
    private static final Staff ZUID_ADMIN = ClbBoxesIT.ZUID_ADMIN;

    /** This run's own names: the test database of an earlier run may still hold the chatscans of that run. */
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000L, 36);

    /** An operator account of this test and run (with the demo operator's password); its name. */
    static String operator(String base) {
        String name = base + "-" + RUN;
        ChatFixtures.sql("INSERT IGNORE INTO staff_account (username, display_name, password_hash, active, created_at)"
                + " SELECT ?, 'IT operator', password_hash, TRUE, NOW() FROM staff_account"
                + " WHERE username = 'demo-operator'", name);
        ChatFixtures.sql("INSERT IGNORE INTO staff_account_role (username, role) VALUES (?, 'operator')", name);
        return name;
    }

    private static Staff as(String operator) {
        return Staff.withBasic(operator, "demo-operator");
    }

    /** A chat of {@code operator} on {@code line} that ended at {@code ended}, with two messages; its id. */
    static String endedChat(String operator, String line, Instant ended, boolean registered) {
        String id = UUID.randomUUID().toString();
        java.sql.Timestamp end = java.sql.Timestamp.from(ended);
        java.sql.Timestamp start = java.sql.Timestamp.from(ended.minus(20, ChronoUnit.MINUTES));
        ChatFixtures.sql("INSERT INTO chat (id, line_code, state, resume_token_hash, nickname, visitor_role, queued_at,"
                + " accepted_at, operator_username, operator_alias, ended_at, ended_by, end_reason, last_seq,"
                + " pseudonym_hash) VALUES (?, ?, 'ENDED', SHA2(?, 256), 'Lotte', 'PUPIL', ?, ?, ?, 'Alias', ?,"
                + " 'VISITOR', 'ENDED_BY_VISITOR', 2, SHA2(?, 256))", id, line, id, start, start, operator, end, id);
        ChatFixtures.sql("INSERT INTO chat_message (chat_id, seq, sender, client_msg_id, body, sent_at) VALUES"
                + " (?, 1, 'VISITOR', UUID(), 'Ik word gepest op school.', ?),"
                + " (?, 2, 'OPERATOR', UUID(), 'Wat vervelend. Sinds wanneer?', ?)", id, start, id, end);
        if (registered) {
            register(id, line, operator);
        }
        return id;
    }

    private static void register(String chat, String line, String operator) {
        ChatFixtures.sql("INSERT INTO chat_registration (chat_id, line_code, operator_username, client_type,"
                + " registered_at, changed_by, changed_at) VALUES (?, ?, ?, 'PUPIL', NOW(3), ?, NOW(3))", chat, line,
                operator, operator);
    }

    static long reads(String chat, String reader, String reason) {
        return ChatFixtures.count("SELECT COUNT(*) FROM transcript_read WHERE chat_id = ? AND reader = ?"
                + " AND reason = ?", chat, reader, reason);
    }

    private static long readsOf(String chat) {
        return ChatFixtures.count("SELECT COUNT(*) FROM transcript_read WHERE chat_id = ?", chat);
    }

    private static long messages(String chat) {
        return ChatFixtures.count("SELECT COUNT(*) FROM chat_message WHERE chat_id = ?", chat);
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ChatFixtures.json(response.body());
    }

    private static void refused(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(ChatFixtures.json(response.body()).getString("error")).isEqualTo(code);
    }

    /** The last period that is over, with the monthly setting of a fresh database; and noon on its last day. */
    private static ChatscanPeriod lastPeriod() {
        return ChatscanPeriod.containing(LocalDate.now(BRUSSELS), 1).previous();
    }

    private static Instant inLastPeriod(int hoursBeforeItsEnd) {
        return lastPeriod().end().atStartOfDay(BRUSSELS).minusHours(hoursBeforeItsEnd).toInstant();
    }

    @Test
    void eachTranscriptPathOpensForItsReaderOnlyAndEveryReadIsAudited() {
        String robin = operator("it-q-robin");
        String sam = operator("it-q-sam");
        String chat = endedChat(robin, "clbchat", Instant.now().minus(1, ChronoUnit.DAYS), true);

        // Its operator, afterwards: the transcript, and one line in the audit log.
        JsonObject transcript = ok(as(robin).get("/api/transcripts/" + chat));
        assertThat(transcript.getString("reason")).isEqualTo("own-chat");
        assertThat(transcript.getString("nickname")).isEqualTo("Lotte");
        assertThat(transcript.getJsonArray("messages").getValuesAs(JsonObject.class))
                .extracting(message -> message.getString("from") + ": " + message.getString("text"))
                .containsExactly("visitor: Ik word gepest op school.", "operator: Wat vervelend. Sinds wanneer?");
        assertThat(reads(chat, robin, "OWN_CHAT")).isOne();

        // Nobody else: another operator, a coordinator without a review, an admin, a CLB's admin; each a 404 as for a
        // chat that does not exist, and nothing written.
        for (Staff other : List.of(as(sam), COORDINATOR, ADMIN, NOORD_ADMIN)) {
            refused(other.get("/api/transcripts/" + chat), 404, "unknown-chat");
        }
        refused(as(robin).get("/api/transcripts/" + chat + "?reason=chatscan"), 404, "unknown-chat");
        refused(as(robin).get("/api/transcripts/" + chat + "?reason=gossip"), 400, "invalid-reason");
        refused(as(robin).get("/api/transcripts/" + UUID.randomUUID()), 404, "unknown-chat");
        refused(as(robin).get("/api/transcripts/not-a-chat"), 404, "unknown-chat");
        assertThat(Staff.anonymous().get("/api/transcripts/" + chat).statusCode()).isEqualTo(401);
        assertThat(readsOf(chat)).as("a refused read writes nothing").isOne();

        // Past the retention period (six weeks) not even its operator.
        String old = endedChat(robin, "clbchat", Instant.now().minus(43, ChronoUnit.DAYS), true);
        refused(as(robin).get("/api/transcripts/" + old), 404, "unknown-chat");
        assertThat(readsOf(old)).isZero();

        // The audit log: admins only, with its filters; it cannot be changed, not even with the server's own account.
        JsonObject audit = ok(ADMIN.get("/api/audit/transcript-reads?chat=" + chat));
        assertThat(audit.getJsonArray("reads").getValuesAs(JsonObject.class))
                .extracting(read -> read.getString("reader") + " " + read.getString("reason") + " "
                        + read.getString("reasonLabel"))
                .containsExactly(robin + " own-chat eigen gesprek achteraf");
        assertThat(ok(ADMIN.get("/api/audit/transcript-reads?reader=" + sam)).getJsonArray("reads")).isEmpty();
        refused(ADMIN.get("/api/audit/transcript-reads?from=1-11-2026"), 400, "invalid-audit-query");
        refused(COORDINATOR.get("/api/audit/transcript-reads"), 403, "forbidden");
        refused(as(robin).get("/api/audit/transcript-reads"), 403, "forbidden");
        assertThatThrownBy(() -> ChatFixtures.sql("UPDATE transcript_read SET reader = 'someone' WHERE chat_id = ?",
                chat)).hasStackTraceContaining("cannot be changed");
        assertThatThrownBy(() -> ChatFixtures.sql("DELETE FROM transcript_read WHERE chat_id = ?", chat))
                .hasStackTraceContaining("cannot be changed");
        assertThat(reads(chat, robin, "OWN_CHAT")).isOne();
    }

    @Test
    void aCoordinatorReadsAChatWhoseFakeCallMarkWaitsAndItsTranscriptGoesWithTheDecisionWhenItIsOld() {
        String robin = operator("it-q-robin");
        String waiting = endedChat(robin, "clbchat", Instant.now().minus(2, ChronoUnit.DAYS), true);
        // Older than the retention period: kept only because its mark waits.
        String old = endedChat(robin, "clbchat", Instant.now().minus(50, ChronoUnit.DAYS), true);
        for (String chat : List.of(waiting, old)) {
            ChatFixtures.sql("INSERT INTO fake_call_mark (chat_id, line_code, marked_by, marked_at, state, expires_at)"
                    + " VALUES (?, 'clbchat', ?, NOW(3), 'PENDING', NOW(3) + INTERVAL 90 DAY)", chat, robin);
        }
        JsonObject read = ok(COORDINATOR.get("/api/transcripts/" + old));
        assertThat(read.getString("reason")).isEqualTo("fake-call-review");
        assertThat(read.getJsonArray("messages")).hasSize(2);
        assertThat(reads(old, "demo-coordinator", "FAKE_CALL_REVIEW")).isOne();

        HttpResponse<String> rejected = COORDINATOR.putJson("/api/fake-calls/" + old,
                "{\"decision\":\"reject\",\"note\":\"Geen nepoproep\"}");
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        assertThat(messages(old)).as("reviewed and past the retention: gone at once").isZero();
        assertThat(ChatFixtures.count("SELECT COUNT(*) FROM chat WHERE id = ? AND nickname = ''"
                + " AND transcript_deleted_at IS NOT NULL", old)).isOne();
        assertThat(ChatFixtures.count("SELECT COUNT(*) FROM chat_registration WHERE chat_id = ?", old))
                .as("the registration stays").isOne();
        refused(COORDINATOR.get("/api/transcripts/" + old), 404, "unknown-chat");

        COORDINATOR.putJson("/api/fake-calls/" + waiting, "{\"decision\":\"reject\",\"note\":\"Geen nepoproep\"}");
        assertThat(messages(waiting)).as("within the retention: kept for its operator").isEqualTo(2);
        refused(COORDINATOR.get("/api/transcripts/" + waiting), 404, "unknown-chat");
        assertThat(ok(as(robin).get("/api/transcripts/" + waiting)).getString("reason")).isEqualTo("own-chat");
    }

    @Test
    void aClbsAdminReadsTheChatsOfTheirOwnBoxesAndNoOtherCentreDoes() {
        JsonObject box = ClbBoxesIT.noordBoxNow("Na het ongeval", "published", "demo-noord-1");
        String line = box.getString("line");
        String chat = endedChat("demo-noord-1", line, Instant.now().minus(3, ChronoUnit.HOURS), false);

        JsonObject read = ok(NOORD_ADMIN.get("/api/transcripts/" + chat));
        assertThat(read.getString("reason")).isEqualTo("clb-box");
        assertThat(reads(chat, "demo-noord-admin", "CLB_BOX")).isOne();
        for (Staff other : List.of(ZUID_ADMIN, COORDINATOR, ADMIN, as(operator("it-q-sam")))) {
            refused(other.get("/api/transcripts/" + chat), 404, "unknown-chat");
        }
        assertThat(readsOf(chat)).isOne();
    }

    @Test
    void theLastPeriodIsDrawnOncePerOperatorFromRegisteredChatsReproducibly() {
        String ana = operator("it-q-ana");
        String bo = operator("it-q-bo");
        ChatscanPeriod period = lastPeriod();
        List<String> anasRegistered = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            anasRegistered.add(endedChat(ana, "clbchat", inLastPeriod(12 + i), true));
        }
        String anasUnregistered = endedChat(ana, "clbchat", inLastPeriod(20), false);
        String bosUnregistered = endedChat(bo, "clbchat", inLastPeriod(12), false);
        String anaNow = endedChat(ana, "clbchat", Instant.now().minus(1, ChronoUnit.MINUTES), true);

        // Refusals first: nothing is drawn by them.
        refused(as(ana).postJson("/api/chatscans/draw?period=" + period.key(), ""), 403, "forbidden");
        refused(COORDINATOR.postJson("/api/chatscans/draw?period=november", ""), 400, "invalid-period");
        refused(COORDINATOR.postJson("/api/chatscans/draw?period=" + ChatscanPeriod.containing(
                LocalDate.now(BRUSSELS), 1).key(), ""), 409, "period-running");
        assertThat(ChatFixtures.count("SELECT COUNT(*) FROM chatscan WHERE operator_username IN (?, ?)", ana, bo))
                .isZero();

        ok(COORDINATOR.postJson("/api/chatscans/draw?period=" + period.key(), ""));
        String drawn = ChatFixtures.text("SELECT chat_id FROM chatscan WHERE operator_username = ?", ana);
        assertThat(drawn).as("what anyone can draw again from the candidates")
                .isEqualTo(ChatscanDraw.draw(period, anasRegistered, 1).get(0));
        assertThat(drawn).isNotIn(anasUnregistered, anaNow);
        assertThat(ChatFixtures.count("SELECT COUNT(*) FROM chatscan WHERE operator_username = ?", bo))
                .as("an operator without a registered chat has nothing to draw from").isZero();

        // Again: Ana keeps her one; Bo, now registered, gets his.
        register(bosUnregistered, "clbchat", bo);
        ok(COORDINATOR.postJson("/api/chatscans/draw?period=" + period.key(), ""));
        assertThat(ChatFixtures.count("SELECT COUNT(*) FROM chatscan WHERE operator_username = ?", ana)).isOne();
        assertThat(ChatFixtures.text("SELECT chat_id FROM chatscan WHERE operator_username = ?", bo))
                .isEqualTo(bosUnregistered);

        JsonObject overview = ok(COORDINATOR.get("/api/chatscans?period=" + period.key()));
        assertThat(overview.getString("label")).isEqualTo(period.label());
        JsonObject anaRow = overview.getJsonArray("operators").getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getString("operator").equals(ana)).findFirst().orElseThrow();
        assertThat(anaRow.getInt("chats")).isEqualTo(4);
        assertThat(anaRow.getInt("planned")).isOne();
        assertThat(anaRow.getInt("open")).isOne();
        assertThat(anaRow.getInt("done")).isZero();
        refused(as(ana).get("/api/chatscans?period=" + period.key()), 403, "forbidden");
    }

    @Test
    void aReviewIsAuditedItsFeedbackSentOnceAndTheOperatorAnswersOnce() {
        String lien = operator("it-q-lien");
        String other = operator("it-q-sam");
        // A chat past the retention period, held by its open chatscan.
        String chat = endedChat(lien, "clbchat", Instant.now().minus(44, ChronoUnit.DAYS), true);
        LocalDate ended = LocalDate.now(BRUSSELS).minusDays(44);
        ChatFixtures.sql("INSERT INTO chatscan (chat_id, line_code, operator_username, period_start, origin,"
                + " created_at, state) VALUES (?, 'clbchat', ?, ?, 'DRAWN', NOW(3), 'OPEN')", chat, lien,
                ChatscanPeriod.containing(ended, 1).start().toString());
        long id = ChatFixtures.count("SELECT id FROM chatscan WHERE chat_id = ?", chat);

        JsonObject review = ok(COORDINATOR.get("/api/chatscans/" + id));
        assertThat(review.getJsonObject("transcript").getString("reason")).isEqualTo("chatscan");
        assertThat(review.getJsonObject("transcript").getJsonArray("messages")).hasSize(2);
        assertThat(reads(chat, "demo-coordinator", "CHATSCAN")).isOne();
        refused(as(lien).get("/api/chatscans/" + id), 403, "forbidden");
        List<JsonObject> items = review.getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).extracting(item -> item.getString("text")).contains("Onthaal en contact");

        // A scored item without its score: refused, naming it, and nothing sent.
        StringBuilder scores = new StringBuilder();
        for (JsonObject item : items.subList(1, items.size())) {
            scores.append(scores.length() == 0 ? "" : ",").append('"').append(item.getInt("id")).append("\":4");
        }
        HttpResponse<String> missing = COORDINATOR.postJson("/api/chatscans/" + id + "/feedback",
                "{\"scores\":{" + scores + "},\"feedback\":\"Mooi gesprek.\"}");
        refused(missing, 400, "invalid-feedback");
        assertThat(ChatFixtures.json(missing.body()).getJsonObject("fields").getString("item-" + items.get(0)
                .getInt("id"))).isEqualTo("Geef \"Onthaal en contact\" een score van 1 tot 5.");
        assertThat(ChatFixtures.text("SELECT state FROM chatscan WHERE id = ?", id)).isEqualTo("OPEN");
        assertThat(messages(chat)).isEqualTo(2);

        String all = "\"" + items.get(0).getInt("id") + "\":5," + scores;
        JsonObject sent = ok(COORDINATOR.postJson("/api/chatscans/" + id + "/feedback",
                "{\"scores\":{" + all + "},\"comments\":{\"" + items.get(0).getInt("id")
                        + "\":\"Warm onthaal.\"},\"feedback\":\"Mooi gesprek.\"}"));
        assertThat(sent.getString("state")).isEqualTo("sent");
        assertThat(messages(chat)).as("the review done, the old transcript goes").isZero();
        refused(COORDINATOR.postJson("/api/chatscans/" + id + "/feedback",
                "{\"scores\":{" + all + "},\"feedback\":\"Nog eens\"}"), 409, "chatscan-sent");

        // The operator sees it under "Mijn feedback" and answers once; nobody else can.
        HttpResponse<String> list = as(lien).get("/api/chatscans/mine");
        assertThat(list.statusCode()).isEqualTo(200);
        JsonObject feedback = jakarta.json.Json.createReader(new java.io.StringReader(list.body())).readArray()
                .getValuesAs(JsonObject.class).stream().filter(scan -> scan.getInt("id") == id).findFirst()
                .orElseThrow();
        assertThat(feedback.getString("feedback")).isEqualTo("Mooi gesprek.");
        assertThat(feedback.getJsonArray("scores").getJsonObject(0).getString("comment")).isEqualTo("Warm onthaal.");
        refused(as(other).putJson("/api/chatscans/" + id + "/answer", "{\"answer\":\"Ik ook\"}"), 404,
                "unknown-chatscan");
        refused(as(lien).putJson("/api/chatscans/" + id + "/answer", "{\"answer\":\" \"}"), 400, "invalid-answer");
        assertThat(ok(as(lien).putJson("/api/chatscans/" + id + "/answer", "{\"answer\":\"Dank je!\"}"))
                .getString("state")).isEqualTo("answered");
        refused(as(lien).putJson("/api/chatscans/" + id + "/answer", "{\"answer\":\"Nog iets\"}"), 409,
                "chatscan-answered");
        assertThat(ChatFixtures.text("SELECT answer FROM chatscan WHERE id = ?", id)).isEqualTo("Dank je!");
    }

    @Test
    void anOperatorAsksFeedbackOnAChatOfTheirsOnce() {
        String lien = operator("it-q-lien");
        String chat = endedChat(lien, "clbchat", Instant.now().minus(2, ChronoUnit.HOURS), true);
        String someoneElses = endedChat(operator("it-q-sam"), "clbchat", Instant.now().minus(2, ChronoUnit.HOURS),
                true);
        HttpResponse<String> asked = as(lien).postJson("/api/chatscans/requests",
                "{\"chatId\":\"" + chat + "\",\"note\":\"Was mijn afronding goed?\"}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        assertThat(ChatFixtures.json(asked.body()).getString("origin")).isEqualTo("requested");
        refused(as(lien).postJson("/api/chatscans/requests", "{\"chatId\":\"" + chat + "\"}"), 409, "chatscan-exists");
        refused(as(lien).postJson("/api/chatscans/requests", "{\"chatId\":\"" + someoneElses + "\"}"), 404,
                "unknown-chat");
        refused(as(lien).postJson("/api/chatscans/requests", "{}"), 400, "invalid-request");
        assertThat(as(lien).get("/api/chatscans/mine").body()).contains("Was mijn afronding goed?");
        assertThat(ChatFixtures.count("SELECT COUNT(*) FROM chatscan WHERE chat_id = ? AND origin = 'REQUESTED'",
                chat)).isOne();
    }
}
