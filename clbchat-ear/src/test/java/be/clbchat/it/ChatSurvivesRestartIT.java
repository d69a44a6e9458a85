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

    @Test
    void afterAKillOfTheServerTheChatCarriesOnWithoutLosingAnAcknowledgedMessage() throws Exception {
        long opening = ChatFixtures.exception("open");
        try {
            ChatFixtures.quietEvening();
            String old = java.util.UUID.randomUUID().toString();
            ChatFixtures.sql("INSERT INTO chat (id, line_code, state, resume_token_hash, nickname, visitor_role,"
                    + " queued_at, ended_at, ended_by, end_reason) VALUES (?, 'clbchat', 'ENDED', SHA2(?, 256), 'Vorig jaar',"
                    + " 'PUPIL', NOW(3) - INTERVAL 400 DAY, NOW(3) - INTERVAL 400 DAY, 'VISITOR', 'LEFT_QUEUE')", old, old);
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
                // What the page promises: a chat that ended more than a year ago is gone after the first sweep.
                long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
                while (ChatFixtures.count("SELECT COUNT(*) FROM chat WHERE id = ?", old) > 0
                        && System.nanoTime() < deadline) {
                    Thread.sleep(500);
                }
                assertThat(ChatFixtures.count("SELECT COUNT(*) FROM chat WHERE id = ?", old)).isZero();
            }
        } finally {
            ChatFixtures.removeException(opening);
        }
    }
}
