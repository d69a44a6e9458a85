package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The visitor's socket attacked the way an outsider would (issue 16): fragments past the size limit, frames that cost
 * a parser, binary frames, a flood of cheap frames, and someone else with the pupil's resume token.
 */
class VisitorSocketAbuseIT {

    static long opening;
    static Staff sam;

    @BeforeAll
    static void lineOpenAndAnOperator() {
        opening = ChatFixtures.exception("open");
        sam = ChatFixtures.operator("it-op-abuse", "Wes");
    }

    @AfterAll
    static void lineBackToItsHours() {
        ChatFixtures.removeException(opening);
    }

    @BeforeEach
    void emptyQueueAndNobodyAvailable() {
        ChatFixtures.quietEvening();
    }

    @Test
    void theSizeLimitHoldsForAMessageSentInFragments() {
        try (ChatSocket visitor = ChatSocket.visitor()) {
            visitor.sendInFragments("{\"type\":\"ping\"}", 4);
            visitor.next("pong");

            String megabyte = "{\"type\":\"send\",\"text\":\"" + "x".repeat(1024 * 1024) + "\"}";
            visitor.sendInFragments(megabyte, 16 * 1024); // may all fit in the kernel's buffers before the close
            // The server closes with 1009; a client still writing may see its connection broken before it reads that.
            Object outcome = visitor.closed.handle((code, error) -> code != null ? (Object) code : error)
                    .orTimeout(ChatSocket.WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS).join();
            assertThat(outcome).as("closed as a frame that is too big")
                    .satisfiesAnyOf(code -> assertThat(code).isEqualTo(1009),
                            error -> assertThat(error).isInstanceOf(java.io.IOException.class));
        }
        try (ChatSocket next = ChatSocket.visitor()) {
            next.send("{\"type\":\"ping\"}");
            next.next("pong");
        }
    }

    @Test
    void framesThatWouldCostAParserOrAreNotTextGetAnErrorFrameAndTheSocketLives() {
        List<String> bad = List.of(
                "{\"type\":\"ping\",\"x\":" + "[".repeat(30_000) + "]".repeat(30_000) + "}",
                "{\"type\":\"resume\",\"resumeToken\":\"x\",\"lastSeq\":" + "9".repeat(20_000) + "}",
                "{\"type\":\"ping\"} {\"type\":\"ping\"}",
                "{\"type\":\"ping\"}garbage");
        try (ChatSocket visitor = ChatSocket.visitor()) {
            for (String frame : bad) {
                visitor.send(frame);
                JsonObject error = visitor.next("error");
                assertThat(error.getString("code")).as("not a server error: refused before parsing")
                        .isEqualTo("invalid-json");
                assertThat(error.getString("message")).isNotBlank();
            }
            visitor.sendBinary("{\"type\":\"ping\"}".getBytes(StandardCharsets.UTF_8));
            JsonObject binary = visitor.next("error");
            assertThat(binary.getString("code")).isEqualTo("binary-frame");
            assertThat(binary.getString("message")).contains("tekst");
            visitor.send("{\"type\":\"ping\"}");
            visitor.next("pong");
            assertThat(visitor.closed).as("the socket is still open").isNotDone();
        }
    }

    @Test
    void cheapFramesAreMeteredLikeMessages() throws Exception {
        try (ChatSocket visitor = ChatSocket.visitor()) {
            for (int i = 0; i < 200; i++) {
                visitor.send("{\"type\":\"ping\"}");
            }
            assertThat(visitor.closeCode()).as("cut off after going on regardless").isEqualTo(1008);
            List<JsonObject> answers = visitor.drain(Duration.ofMillis(500));
            long pongs = answers.stream().filter(frame -> frame.getString("type").equals("pong")).count();
            long refused = answers.stream().filter(frame -> frame.getString("type").equals("error"))
                    .peek(frame -> assertThat(frame.getString("code")).isEqualTo("too-fast")).count();
            assertThat(pongs).as("a burst of 30, and what the rate refills meanwhile").isBetween(30L, 40L);
            assertThat(refused).isPositive();
        }
    }

    @Test
    void aSecondSocketWithThePupilsTokenTakesTheChatOverVisiblyAndTheFirstIsClosed() {
        try (ChatSocket console = ChatIT.available(sam); ChatSocket pupil = ChatSocket.visitor()) {
            JsonObject queued = ChatIT.start(pupil, "Mila");
            String chatId = queued.getString("chatId");
            String token = queued.getString("resumeToken");
            ChatIT.accept(console);
            pupil.next("accepted");
            ChatIT.send(pupil, null, "Mag ik iets vragen?");
            console.next("message");

            try (ChatSocket other = ChatSocket.visitor()) {
                other.send("{\"type\":\"resume\",\"resumeToken\":\"%s\",\"lastSeq\":0}", token);
                JsonObject resumed = other.next("resumed");
                assertThat(resumed.getString("resumeToken")).as("a new token on every resume").isNotEqualTo(token);

                assertThat(pupil.next("replaced")).as("the pupil's page is told").isNotNull();
                assertThat(pupil.closeCode()).isEqualTo(1000);
                JsonObject notice = console.next("visitor");
                assertThat(notice.getString("chatId")).isEqualTo(chatId);
                assertThat(notice.getBoolean("reconnected")).as("the operator sees it").isTrue();

                assertThat(other.next("message").getString("text")).as("a live chat is replayed to its new socket")
                        .isEqualTo("Mag ik iets vragen?");
                ChatIT.send(console, chatId, "Natuurlijk.");
                assertThat(other.next("message").getString("text")).isEqualTo("Natuurlijk.");
                ChatIT.send(other, null, "Dank je");
                assertThat(console.next("message").getString("text")).isEqualTo("Dank je");
            }
        }
    }

    @Test
    void theTokenChangesOnEveryResumeAndAnOldOneStopsWorking() {
        try (ChatSocket pupil = ChatSocket.visitor()) {
            JsonObject queued = ChatIT.start(pupil, "Noor");
            String first = queued.getString("resumeToken");
            pupil.drop();

            String second = resume(first);
            String third = resume(second);
            assertThat(List.of(first, second, third)).doesNotHaveDuplicates();
            try (ChatSocket thief = ChatSocket.visitor()) {
                thief.send("{\"type\":\"resume\",\"resumeToken\":\"%s\",\"lastSeq\":0}", first);
                assertThat(thief.next("error").getString("code")).isEqualTo("unknown-chat");
            }
            assertThat(resume(second)).as("the token before the newest still works: its answer may have been lost")
                    .isNotBlank();
        }
    }

    private static String resume(String token) {
        try (ChatSocket socket = ChatSocket.visitor()) {
            socket.send("{\"type\":\"resume\",\"resumeToken\":\"%s\",\"lastSeq\":0}", token);
            return socket.next("resumed").getString("resumeToken");
        }
    }

    @Test
    void afterTheEndAResumeGetsOnlyTheRatingNotTheTranscript() throws Exception {
        try (ChatSocket console = ChatIT.available(sam); ChatSocket pupil = ChatSocket.visitor()) {
            JsonObject queued = ChatIT.start(pupil, "Jo");
            String chatId = queued.getString("chatId");
            ChatIT.accept(console);
            pupil.next("accepted");
            ChatIT.send(pupil, null, "Iets wat niemand anders mag lezen");
            assertThat(console.next("message").getString("text")).isEqualTo("Iets wat niemand anders mag lezen");
            ChatIT.send(console, chatId, "Dank je dat je het vertelt");
            assertThat(pupil.next("message").getString("text")).isEqualTo("Dank je dat je het vertelt");
            console.send("{\"type\":\"end\",\"chatId\":\"%s\"}", chatId);
            pupil.next("ended");
            pupil.drop();

            try (ChatSocket later = ChatSocket.visitor()) {
                later.send("{\"type\":\"resume\",\"resumeToken\":\"%s\",\"lastSeq\":0}", queued.getString("resumeToken"));
                assertThat(later.next("resumed").getString("state")).isEqualTo("ended");
                later.next("ended");
                later.noMore("message", Duration.ofSeconds(1));
                later.send("{\"type\":\"rate\",\"stars\":4}");
                later.next("rated");
            }
        }
    }

    @Test
    void aFloodOfStartAndDropFromOneSourceCannotFillTheQueueAndAPupilStillGetsAFairPlace() {
        long waitingBefore = ChatFixtures.count("SELECT COUNT(*) FROM chat WHERE state = 'QUEUED'");
        String flood = "203.0.113.66";
        int queued = 0;
        int busy = 0;
        for (int i = 0; i < 400; i++) {
            ChatSocket socket = ChatSocket.visitorFrom(flood);
            socket.send(ChatIT.START, "Vloed");
            JsonObject answer = socket.nextOf("queued", "error");
            if (answer.getString("type").equals("queued")) {
                queued++;
            } else {
                assertThat(answer.getString("code")).isEqualTo("busy");
                busy++;
            }
            socket.drop();
        }
        assertThat(queued).as("at most ten of one source wait at once").isLessThanOrEqualTo(10);
        assertThat(busy).isEqualTo(400 - queued);
        assertThat(ChatFixtures.count("SELECT COUNT(*) FROM chat WHERE state = 'QUEUED'"))
                .isLessThanOrEqualTo(waitingBefore + 10);

        try (ChatSocket pupil = ChatSocket.visitorFrom("198.51.100.23")) {
            JsonObject place = ChatIT.start(pupil, "Echt");
            assertThat(place.getInt("position")).as("behind at most the flood's ten").isLessThanOrEqualTo(
                    (int) waitingBefore + 11);
        }
    }

    @Test
    void oneSourceHasAtMostThirtySocketsOpen() throws Exception {
        List<ChatSocket> open = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 30; i++) {
                ChatSocket socket = ChatSocket.visitorFrom("203.0.113.77");
                socket.send("{\"type\":\"ping\"}");
                socket.next("pong");
                open.add(socket);
            }
            ChatSocket oneTooMany = ChatSocket.visitorFrom("203.0.113.77");
            assertThat(oneTooMany.closeCode()).as("try again later").isEqualTo(1013);
            try (ChatSocket elsewhere = ChatSocket.visitorFrom("198.51.100.24")) {
                elsewhere.send("{\"type\":\"ping\"}");
                elsewhere.next("pong");
            }
            open.remove(0).close();
            assertThat(answersAPingWithinSeconds("203.0.113.77", 10)).as("one closed, one may open").isTrue();
        } finally {
            open.forEach(ChatSocket::close);
        }
    }

    /** Whether a new socket from this address gets to answer a ping, trying again while the server still counts. */
    private static boolean answersAPingWithinSeconds(String address, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (ChatSocket socket = ChatSocket.visitorFrom(address)) {
                socket.send("{\"type\":\"ping\"}");
                if (socket.drain(Duration.ofMillis(500)).stream()
                        .anyMatch(frame -> frame.getString("type").equals("pong"))) {
                    return true;
                }
            } catch (RuntimeException closedMeanwhile) {
                // refused: the server has not counted the closed one yet
            }
        }
        return false;
    }
}
