package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A server that dies mid-chat (kill -9, no shutdown) loses no acknowledged message: after its restart the visitor
 * resumes, gets what they missed, the operator gets the chat back, and the conversation carries on.
 */
class ChatSurvivesRestartIT {

    /** A chat that ended {@code days} ago, with a message, a rating, a pseudonym and a registration; its id. */
    private static String endedChat(int days) {
        String id = java.util.UUID.randomUUID().toString();
        ChatFixtures.sql("INSERT INTO chat (id, line_code, state, resume_token_hash, nickname, visitor_role, age, device,"
                + " queued_at, accepted_at, operator_username, operator_alias, ended_at, ended_by, end_reason, last_seq,"
                + " rating_stars, rating_comment, found_via, rated_at, pseudonym_hash) VALUES (?, 'clbchat', 'ENDED',"
                + " SHA2(?, 256), 'Vorig jaar', 'PUPIL', 15, 'MOBILE', NOW(3) - INTERVAL ? DAY, NOW(3) - INTERVAL ? DAY,"
                + " 'demo-operator', 'Demo', NOW(3) - INTERVAL ? DAY, 'VISITOR', 'ENDED_BY_VISITOR', 1, 4, 'Fijn',"
                + " 'SMARTSCHOOL', NOW(3) - INTERVAL ? DAY, SHA2(?, 256))", id, id, days, days, days, days, id);
        ChatFixtures.sql("INSERT INTO chat_message (chat_id, seq, sender, client_msg_id, body, sent_at) VALUES"
                + " (?, 1, 'VISITOR', ?, 'Iets wat ik vertelde', NOW(3) - INTERVAL ? DAY)", id, id, days);
        ChatFixtures.sql("INSERT INTO chat_registration (chat_id, line_code, operator_username, client_type,"
                + " registered_at, changed_by, changed_at) VALUES (?, 'clbchat', 'demo-operator', 'PUPIL',"
                + " NOW(3) - INTERVAL ? DAY, 'it', NOW(3) - INTERVAL ? DAY)", id, days, days);
        return id;
    }

    @Test
    void afterAKillOfTheServerTheChatCarriesOnWithoutLosingAnAcknowledgedMessage() throws Exception {
        long opening = ChatFixtures.exception("open");
        try {
            ChatFixtures.quietEvening();
            // Two ended chats on either side of the retention period (365 days), each with a message and a rating.
            String old = endedChat(400);
            String recent = endedChat(364);
            Staff robin = ChatFixtures.operator("it-op-robin", "Robin");
            String chatId;
            String token;
            try (ChatSocket console = ChatIT.available(robin); ChatSocket visitor = ChatSocket.visitor()) {
                JsonObject queued = ChatIT.start(visitor, "Voor de crash");
                chatId = queued.getString("chatId");
                token = queued.getString("resumeToken");
                console.send("{\"type\":\"accept\"}");
                visitor.next("accepted");
                ChatIT.send(visitor, null, "Eerste bericht");
                ChatIT.send(visitor, null, "Tweede bericht");
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
                // What the page promises: a year after the end the transcript is gone (first sweep after a start);
                // the anonymous facts stay for the statistics, and a chat that ended a day less long ago is untouched.
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
}
