package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A server that dies mid-chat (kill -9, no shutdown) loses no acknowledged message: after its restart the visitor
 * resumes, gets what they missed, the operator gets the chat back, and the conversation carries on.
 */
class ChatSurvivesRestartIT {

    /** A chat that ended {@code hours} ago, with a message, a rating, a pseudonym and a registration; its id. */
    private static String endedChat(long hours) {
        String id = java.util.UUID.randomUUID().toString();
        ChatFixtures.sql("INSERT INTO chat (id, line_code, state, resume_token_hash, nickname, visitor_role, age, device,"
                + " queued_at, accepted_at, operator_username, operator_alias, ended_at, ended_by, end_reason, last_seq,"
                + " rating_stars, rating_comment, found_via, rated_at, pseudonym_hash) VALUES (?, 'clbchat', 'ENDED',"
                + " SHA2(?, 256), 'Vorig jaar', 'PUPIL', 15, 'MOBILE', NOW(3) - INTERVAL ? HOUR, NOW(3) - INTERVAL ? HOUR,"
                + " 'demo-operator', 'Demo', NOW(3) - INTERVAL ? HOUR, 'VISITOR', 'ENDED_BY_VISITOR', 1, 4, 'Fijn',"
                + " 'SMARTSCHOOL', NOW(3) - INTERVAL ? HOUR, SHA2(?, 256))", id, id, hours, hours, hours, hours, id);
        ChatFixtures.sql("INSERT INTO chat_message (chat_id, seq, sender, client_msg_id, body, sent_at) VALUES"
                + " (?, 1, 'VISITOR', ?, 'Iets wat ik vertelde', NOW(3) - INTERVAL ? HOUR)", id, id, hours);
        ChatFixtures.sql("INSERT INTO chat_registration (chat_id, line_code, operator_username, client_type,"
                + " registered_at, changed_by, changed_at) VALUES (?, 'clbchat', 'demo-operator', 'PUPIL',"
                + " NOW(3) - INTERVAL ? HOUR, 'it', NOW(3) - INTERVAL ? HOUR)", id, hours, hours);
        return id;
    }

    @Test
    void afterAKillOfTheServerTheChatCarriesOnWithoutLosingAnAcknowledgedMessage() throws Exception {
        long opening = ChatFixtures.exception("open");
        try {
            ChatFixtures.quietEvening();
            // Two ended chats just either side of the retention period the visitor's page states (the server's
            // default: six weeks), each with a message and a rating: two hours more and two hours less (so that a
            // change of summer time between cannot tip either over).
            JsonObject privacy = ChatFixtures.json(Staff.anonymous().get("/api/privacy").body());
            long days = privacy.getJsonNumber("transcriptRetentionDays").longValue();
            assertThat(days).as("the default of CLBCHAT_TRANSCRIPT_RETENTION_DAYS").isEqualTo(42);
            assertThat(privacy.getString("transcriptRetention")).isEqualTo("6 weken");
            String old = endedChat(days * 24 + 2);
            String recent = endedChat(days * 24 - 2);
            // Past the retention but under review: a fake-call mark that waits, an open chatscan; kept up to 90 days.
            String markWaits = endedChat(days * 24 + 2);
            String pastTheCeiling = endedChat(91 * 24);
            for (String marked : List.of(markWaits, pastTheCeiling)) {
                ChatFixtures.sql("INSERT INTO fake_call_mark (chat_id, line_code, marked_by, marked_at, state,"
                        + " expires_at) VALUES (?, 'clbchat', 'demo-operator', NOW(3), 'PENDING',"
                        + " NOW(3) + INTERVAL 90 DAY)", marked);
            }
            String scanWaits = endedChat(days * 24 + 2);
            ChatFixtures.sql("INSERT INTO chatscan (chat_id, line_code, operator_username, period_start, origin,"
                    + " created_at, state) VALUES (?, 'clbchat', 'demo-operator', '2026-09-01', 'DRAWN', NOW(3),"
                    + " 'OPEN')", scanWaits);
            // And one whose operator's request for support is not closed yet, with a whisper that goes with it later.
            String supportWaits = endedChat(days * 24 + 2);
            ChatFixtures.sql("INSERT INTO support_request (chat_id, line_code, operator_username, operator_alias,"
                    + " note, urgent, asked_at, state, supporter, supporter_name, taken_at, operator_note,"
                    + " supporter_note) VALUES (?, 'clbchat', 'demo-operator', 'Alias', '', FALSE, NOW(3), 'TAKEN',"
                    + " 'demo-coordinator', 'Demo', NOW(3), '', '')", supportWaits);
            ChatFixtures.sql("INSERT INTO support_whisper (request_id, chat_id, author, author_name, text, sent_at)"
                    + " SELECT id, chat_id, 'demo-coordinator', 'Demo', 'Vraag door', NOW(3) FROM support_request"
                    + " WHERE chat_id = ?", supportWaits);
            Staff robin = ChatFixtures.operator("it-op-robin", "Robin");
            String chatId;
            String token;
            try (ChatSocket console = ChatIT.available(robin); ChatSocket visitor = ChatSocket.visitor()) {
                JsonObject queued = ChatIT.start(visitor, "Voor de crash");
                chatId = queued.getString("chatId");
                token = queued.getString("resumeToken");
                ChatIT.accept(console);
                visitor.next("accepted");
                ChatIT.send(visitor, null, "Eerste bericht");
                ChatIT.send(visitor, null, "Tweede bericht");
                assertThat(console.next("message").getString("text")).isEqualTo("Eerste bericht");
                assertThat(console.next("message").getString("text")).isEqualTo("Tweede bericht");
                ChatIT.send(console, chatId, "Antwoord vlak voor de crash");

                ItServer.kill();
            }
            ItServer.start(Map.of());

            try (ChatSocket visitor = ChatSocket.visitor();
                 ChatSocket console = ChatSocket.operator(Staff.loggedIn("/operator/", "it-op-robin", "demo-operator"))) {
                visitor.send("{\"type\":\"resume\",\"resumeToken\":\"%s\",\"lastSeq\":2}", token);
                JsonObject resumed = visitor.next("resumed");
                assertThat(resumed.getString("state")).isEqualTo("chatting");
                assertThat(resumed.getInt("lastSeq")).isEqualTo(3);
                assertThat(visitor.next("message").getString("text")).isEqualTo("Antwoord vlak voor de crash");

                JsonArray chats = console.next("welcome").getJsonArray("chats");
                assertThat(chats).hasSize(1);
                assertThat(chats.getJsonObject(0).getJsonArray("messages")).hasSize(3);

                assertThat(ChatIT.send(visitor, null, "Ben je er nog?").getInt("seq")).isEqualTo(4);
                assertThat(console.next("message").getString("text")).isEqualTo("Ben je er nog?");
                assertThat(ChatFixtures.count("SELECT COUNT(*) FROM chat_message WHERE chat_id = ?", chatId))
                        .isEqualTo(4);
                // What the page promises: that long after the end the transcript is gone (first sweep after a start);
                // the anonymous facts stay for the statistics, and a chat that ended just within it is untouched.
                long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
                while (ChatFixtures.count("SELECT COUNT(*) FROM chat_message WHERE chat_id = ?", old) > 0
                        && System.nanoTime() < deadline) {
                    Thread.sleep(500);
                }
                assertThat(ChatFixtures.count("SELECT COUNT(*) FROM chat_message WHERE chat_id = ?", old)).isZero();
                assertThat(ChatFixtures.count("SELECT COUNT(*) FROM chat WHERE id = ? AND nickname = ''"
                        + " AND rating_comment IS NULL AND pseudonym_hash IS NULL AND transcript_deleted_at IS NOT NULL"
                        + " AND rating_stars = 4 AND age = 15 AND device = 'MOBILE' AND found_via = 'SMARTSCHOOL'"
                        + " AND ended_at IS NOT NULL", old)).as("the facts stay, the text goes").isOne();
                assertThat(ChatFixtures.count("SELECT COUNT(*) FROM chat_registration WHERE chat_id = ?", old)).isOne();
                assertThat(ChatFixtures.count("SELECT COUNT(*) FROM chat_message WHERE chat_id = ?", recent)).isOne();
                assertThat(ChatFixtures.count("SELECT COUNT(*) FROM chat_message WHERE chat_id = ?", markWaits))
                        .as("kept while its fake-call mark waits").isOne();
                assertThat(ChatFixtures.count("SELECT COUNT(*) FROM chat_message WHERE chat_id = ?", scanWaits))
                        .as("kept while its chatscan waits").isOne();
                assertThat(ChatFixtures.count("SELECT COUNT(*) FROM chat_message WHERE chat_id = ?", supportWaits))
                        .as("kept while its support case is open").isOne();
                assertThat(ChatFixtures.count("SELECT COUNT(*) FROM support_whisper WHERE chat_id = ?", supportWaits))
                        .isOne();
                assertThat(ChatFixtures.count("SELECT COUNT(*) FROM chat_message WHERE chat_id = ?", pastTheCeiling))
                        .as("but not beyond 90 days").isZero();
                assertThat(ChatFixtures.count("SELECT COUNT(*) FROM chat WHERE id = ? AND nickname = 'Vorig jaar'"
                        + " AND rating_comment = 'Fijn' AND pseudonym_hash IS NOT NULL AND transcript_deleted_at IS NULL",
                        recent)).isOne();
                assertThat(ChatFixtures.count("SELECT COUNT(*) FROM chat WHERE id = ? AND nickname <> ''", chatId))
                        .as("an open chat is untouched").isOne();
            }
        } finally {
            ChatFixtures.removeException(opening);
        }
    }

    /**
     * kill -9 while a visitor's messages are on their way: the page sent a burst of eight without waiting, and the
     * server dies right after the first acknowledgement — some stored, perhaps some stored without their ack reaching
     * the page, some never read. After the restart the page resumes and sends every unacknowledged message again with
     * its own id, as chat.js does: each is stored once, seq 1-8 without gaps, an acknowledged one keeps its seq.
     */
    @Test
    void aKillWhileMessagesAreOnTheirWayLosesNoneAndStoresNoneTwice() throws Exception {
        long opening = ChatFixtures.exception("open");
        try {
            ChatFixtures.quietEvening();
            Staff robin = ChatFixtures.operator("it-op-robin", "Robin");
            Map<String, String> sent = new java.util.LinkedHashMap<>();
            Map<String, Integer> acked = new java.util.HashMap<>();
            String chatId;
            String token;
            try (ChatSocket console = ChatIT.available(robin); ChatSocket visitor = ChatSocket.visitor()) {
                JsonObject queued = ChatIT.start(visitor, "Midden in een zin");
                chatId = queued.getString("chatId");
                token = queued.getString("resumeToken");
                ChatIT.accept(console);
                visitor.next("accepted");
                for (int i = 1; i <= 8; i++) {
                    String id = ChatSocket.newId();
                    sent.put(id, "bericht " + i);
                    visitor.send("{\"type\":\"send\",\"clientMsgId\":\"%s\",\"text\":\"bericht %d\"}", id, i);
                }
                JsonObject first = visitor.next("ack");
                ItServer.kill();
                acked.put(first.getString("clientMsgId"), first.getInt("seq"));
                for (JsonObject frame : visitor.drain(java.time.Duration.ofMillis(300))) {
                    if (frame.getString("type").equals("ack")) {
                        acked.put(frame.getString("clientMsgId"), frame.getInt("seq"));
                    }
                }
            }
            Map<String, Integer> ackedBeforeTheKill = Map.copyOf(acked);
            assertThat(ackedBeforeTheKill).as("messages still on their way when the server died").hasSizeLessThan(8);
            ItServer.start(Map.of());

            try (ChatSocket visitor = ChatSocket.visitor()) {
                int lastSeq = acked.values().stream().max(Integer::compare).orElse(0);
                visitor.send("{\"type\":\"resume\",\"resumeToken\":\"%s\",\"lastSeq\":%d}", token, lastSeq);
                JsonObject resumed = visitor.next("resumed");
                assertThat(resumed.getString("state")).isEqualTo("chatting");
                // What was stored after the last ack comes back first; the page sends again what it still misses.
                for (int seq = lastSeq + 1; seq <= resumed.getInt("lastSeq"); seq++) {
                    JsonObject replayed = visitor.next("message");
                    assertThat(replayed.getInt("seq")).isEqualTo(seq);
                    assertThat(replayed.getString("text")).isIn(sent.values());
                }
                for (Map.Entry<String, String> message : sent.entrySet()) {
                    if (!acked.containsKey(message.getKey())) {
                        visitor.send("{\"type\":\"send\",\"clientMsgId\":\"%s\",\"text\":\"%s\"}",
                                message.getKey(), message.getValue());
                        JsonObject ack = visitor.next("ack");
                        assertThat(ack.getString("clientMsgId")).isEqualTo(message.getKey());
                        acked.put(message.getKey(), ack.getInt("seq"));
                    }
                }
            }
            assertThat(acked).hasSize(8).containsAllEntriesOf(ackedBeforeTheKill);
            assertThat(acked.values()).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
            assertThat(ChatFixtures.count("SELECT COUNT(*) FROM chat_message WHERE chat_id = ?", chatId)).isEqualTo(8);
            assertThat(ChatFixtures.count("SELECT COUNT(DISTINCT client_msg_id) FROM chat_message WHERE chat_id = ?"
                    + " AND seq BETWEEN 1 AND 8", chatId)).isEqualTo(8);
            for (Map.Entry<String, Integer> message : acked.entrySet()) {
                assertThat(ChatFixtures.text("SELECT body FROM chat_message WHERE chat_id = ? AND seq = ?", chatId,
                        message.getValue())).isEqualTo(sent.get(message.getKey()));
            }
        } finally {
            ChatFixtures.removeException(opening);
        }
    }
}
