package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The resume path under the probe of issue 16: 200 forced socket drops (no close handshake, as a phone losing its
 * network) across 20 chats at once, 2,000 visitor messages sent in bursts that each drop cuts through — some
 * acknowledged, some in flight, some refused as too fast. Each chat resumes on a new socket with its newest token and
 * sends everything not acknowledged again with the same id, as the chat page does. Nothing may be lost or stored
 * twice, and each chat's seq runs without gaps.
 */
class ForcedDropsIT {

    private static final int CHATS = 20;
    private static final int DROPS_PER_CHAT = 10;
    private static final int MESSAGES_PER_DROP = 10;

    static long opening;
    static final List<Staff> OPERATORS = new ArrayList<>();

    @BeforeAll
    static void lineOpenAndTenOperators() {
        opening = ChatFixtures.exception("open");
        for (int i = 0; i < CHATS / 2; i++) {
            OPERATORS.add(ChatFixtures.operator("it-op-drops-" + i, "Valnet" + i));
        }
    }

    @AfterAll
    static void lineBackToItsHours() {
        ChatFixtures.removeException(opening);
    }

    /** One visitor's view of their chat, as the page keeps it. */
    private static final class Visitor {
        final String chatId;
        final String name;
        String token;
        ChatSocket socket;
        int lastSeq;
        int drops;
        /** Sent and not acknowledged, oldest first: what goes again after a drop. */
        final Map<String, String> unacked = new LinkedHashMap<>();
        final Map<String, Integer> acked = new HashMap<>();
        /** Refused as too fast since the last retry. */
        final java.util.Set<String> refused = new java.util.LinkedHashSet<>();
        /** What a replay after a resume said of the visitor's own messages: the later ack must agree. */
        final Map<String, Integer> replayed = new HashMap<>();

        Visitor(String chatId, String token, ChatSocket socket, String name) {
            this.chatId = chatId;
            this.token = token;
            this.socket = socket;
            this.name = name;
        }
    }

    @Test
    void twoHundredForcedDropsAcrossTwentyChatsLoseNothingAndStoreNothingTwice() throws Exception {
        ChatFixtures.quietEvening();
        List<ChatSocket> consoles = new ArrayList<>();
        List<Visitor> visitors = new ArrayList<>();
        try {
            for (Staff operator : OPERATORS) {
                consoles.add(ChatIT.available(operator));
            }
            for (int i = 0; i < CHATS; i++) {
                ChatSocket socket = ChatSocket.visitor();
                JsonObject queued = ChatIT.start(socket, "Val" + i);
                visitors.add(new Visitor(queued.getString("chatId"), queued.getString("resumeToken"), socket, "v" + i));
            }
            for (ChatSocket console : consoles) {
                for (int taken = 0; taken < 2; taken++) {
                    console.send("{\"type\":\"accept\"}");
                    console.next("accepted");
                }
            }
            for (Visitor visitor : visitors) {
                visitor.socket.next("accepted");
            }

            ExecutorService pool = Executors.newFixedThreadPool(CHATS);
            try {
                List<Future<Visitor>> done = new ArrayList<>();
                for (Visitor visitor : visitors) {
                    done.add(pool.submit(() -> talkThroughDrops(visitor)));
                }
                for (Future<Visitor> chat : done) {
                    chat.get(4, TimeUnit.MINUTES);
                }
            } finally {
                pool.shutdownNow();
            }

            int drops = 0;
            for (Visitor visitor : visitors) {
                drops += visitor.drops;
                int sent = DROPS_PER_CHAT * MESSAGES_PER_DROP;
                assertThat(visitor.acked).as("acknowledged in " + visitor.chatId).hasSize(sent);
                assertThat(visitor.acked.values()).as("each ack its own seq").doesNotHaveDuplicates();
                visitor.replayed.forEach((id, seq) -> assertThat(visitor.acked.get(id))
                        .as("a replayed message and its ack agree").isEqualTo(seq));
                assertThat(ChatFixtures.count("SELECT COUNT(*) FROM chat_message WHERE chat_id = ?", visitor.chatId))
                        .as("stored in " + visitor.chatId).isEqualTo(sent);
                assertThat(ChatFixtures.count("SELECT COUNT(DISTINCT client_msg_id) FROM chat_message WHERE chat_id = ?",
                        visitor.chatId)).isEqualTo(sent);
                assertThat(ChatFixtures.count("SELECT MIN(seq) * 10000 + MAX(seq) FROM chat_message WHERE chat_id = ?",
                        visitor.chatId)).as("seq from 1 to %d without gaps", sent).isEqualTo(10000L + sent);
            }
            assertThat(drops).isEqualTo(CHATS * DROPS_PER_CHAT);
        } finally {
            visitors.forEach(visitor -> visitor.socket.close());
            consoles.forEach(ChatSocket::close);
        }
    }

    private static Visitor talkThroughDrops(Visitor visitor) throws InterruptedException {
        int number = 0;
        for (int drop = 0; drop < DROPS_PER_CHAT; drop++) {
            // What the last connection did not get acknowledged goes first, with its id; then new messages.
            for (Map.Entry<String, String> message : List.copyOf(visitor.unacked.entrySet())) {
                send(visitor, message.getKey(), message.getValue());
            }
            for (int i = 0; i < MESSAGES_PER_DROP; i++) {
                String id = ChatSocket.newId();
                String text = visitor.name + " bericht " + ++number;
                visitor.unacked.put(id, text);
                send(visitor, id, text);
            }
            // The connection is cut while the last ones are still being answered.
            answerUntil(visitor, 3, Instant.now().plusSeconds(10));
            visitor.socket.drop();
            visitor.drops++;

            visitor.socket = ChatSocket.visitor();
            visitor.socket.send("{\"type\":\"resume\",\"resumeToken\":\"%s\",\"lastSeq\":%d}", visitor.token,
                    visitor.lastSeq);
            JsonObject resumed = visitor.socket.next("resumed");
            assertThat(resumed.getString("state")).isEqualTo("chatting");
            visitor.token = resumed.getString("resumeToken");
            handle(visitor, visitor.socket.seen());
        }
        for (Map.Entry<String, String> message : List.copyOf(visitor.unacked.entrySet())) {
            send(visitor, message.getKey(), message.getValue());
        }
        answerUntil(visitor, 0, Instant.now().plusSeconds(60));
        assertThat(visitor.unacked).as("still not acknowledged").isEmpty();
        return visitor;
    }

    /**
     * Reads the answers until at most {@code left} messages are unacknowledged; what is refused as too fast goes
     * again half a second later (a token of the socket's rate), as the chat page does.
     */
    private static void answerUntil(Visitor visitor, int left, Instant deadline) throws InterruptedException {
        Instant nextRetry = Instant.now().plusMillis(500);
        while (visitor.unacked.size() > left && Instant.now().isBefore(deadline)) {
            handle(visitor, visitor.socket.drain(Duration.ofMillis(50)));
            if (Instant.now().isAfter(nextRetry) && !visitor.refused.isEmpty()) {
                for (String id : List.copyOf(visitor.refused)) {
                    if (visitor.unacked.containsKey(id)) {
                        send(visitor, id, visitor.unacked.get(id));
                    }
                }
                visitor.refused.clear();
                nextRetry = Instant.now().plusMillis(500);
            }
        }
    }

    private static void send(Visitor visitor, String id, String text) {
        visitor.socket.send("{\"type\":\"send\",\"clientMsgId\":\"%s\",\"text\":\"%s\"}", id, text);
    }

    private static void handle(Visitor visitor, List<JsonObject> frames) {
        for (JsonObject frame : frames) {
            switch (frame.getString("type")) {
                case "ack" -> {
                    String id = frame.getString("clientMsgId");
                    Integer earlier = visitor.acked.put(id, frame.getInt("seq"));
                    assertThat(earlier == null || earlier == frame.getInt("seq"))
                            .as("the same message acknowledged with another seq: " + frame).isTrue();
                    visitor.unacked.remove(id);
                    visitor.lastSeq = Math.max(visitor.lastSeq, frame.getInt("seq"));
                }
                case "message" -> {
                    assertThat(frame.getString("from")).as("only the visitor writes here").isEqualTo("visitor");
                    visitor.replayed.put(frame.getString("clientMsgId"), frame.getInt("seq"));
                    visitor.lastSeq = Math.max(visitor.lastSeq, frame.getInt("seq"));
                }
                case "error" -> {
                    assertThat(frame.getString("code")).as(frame.toString()).isEqualTo("too-fast");
                    visitor.refused.add(frame.getString("clientMsgId"));
                }
                // `resumed`: its token was taken already; a `queued` computed just before the chat was accepted may
                // arrive after `accepted` (docs/chat-protocol.md: ignore it).
                case "resumed", "queued" -> {
                }
                default -> throw new AssertionError("unexpected frame " + frame);
            }
        }
    }
}
