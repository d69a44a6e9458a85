package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A chat client as a test drives it: a real WebSocket to the running server; every frame received is kept in order,
 * and the test waits for the next frame of the type it expects. A wait passes over only the updates the server sends
 * on its own ({@link #BACKGROUND}) and what the test says it may ({@link #ignoring}): any other frame on the way — an
 * error, a duplicate, something out of order — fails the test.
 */
final class ChatSocket implements WebSocket.Listener, AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(15);
    /**
     * Frames the server sends unasked whenever something changes: the queue, typing, a visitor's presence, the
     * requests for support on a board and, in a supporter's console, how many wait; in a console, the
     * hand-overs it could take.
     */
    static final Set<String> BACKGROUND = Set.of("queued", "queue", "typing", "visitor", "pong", "supportRequests",
            "supportWanted", "handoverOffers");

    private final Set<String> alsoIgnored = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
    private final List<JsonObject> seen = new ArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private WebSocket socket;
    /** While set, nothing is read from the socket: not even the server's pings, so no pong goes back. */
    private volatile boolean deaf;

    /** A visitor socket as a pupil of their own opens it: from an address of its own (so no two share limits). */
    static ChatSocket visitor() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        return visitorFrom("198.18." + random.nextInt(256) + "." + random.nextInt(1, 255));
    }

    /** A visitor socket from this client address (behind the test server's trusted proxy). */
    static ChatSocket visitorFrom(String clientAddress) {
        return open(Staff.anonymous(), "/ws/visitor", null, clientAddress);
    }

    static ChatSocket operator(Staff operator) {
        return open(operator, "/ws/operator", null);
    }

    static ChatSocket open(Staff who, String path, String origin) {
        return open(who, path, origin, null);
    }

    static ChatSocket open(Staff who, String path, String origin, String clientAddress) {
        ChatSocket client = new ChatSocket();
        try {
            client.socket = who.webSocket(path, origin, clientAddress, client).join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof java.net.http.WebSocketHandshakeException refused) {
                throw new HandshakeRefused(refused.getResponse().statusCode(), path + " refused: "
                        + refused.getResponse().statusCode() + " " + refused.getResponse().headers().map());
            }
            throw e;
        }
        return client;
    }

    ChatSocket send(String json) {
        socket.sendText(json, true).join();
        return this;
    }

    /**
     * Sends one text message as WebSocket fragments of {@code size} characters each, as a client may; stops when the
     * server closed the socket meanwhile.
     */
    void sendInFragments(String text, int size) {
        try {
            for (int from = 0; from < text.length(); from += size) {
                int to = Math.min(text.length(), from + size);
                socket.sendText(text.substring(from, to), to == text.length()).join();
            }
        } catch (java.util.concurrent.CompletionException closedMeanwhile) {
            // the server stopped listening: that is what a test of a limit wants to see
        }
    }

    ChatSocket sendBinary(byte[] data) {
        socket.sendBinary(java.nio.ByteBuffer.wrap(data), true).join();
        return this;
    }

    /** The close code the server closed the socket with, waiting for it. */
    int closeCode() {
        return closed.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    ChatSocket send(String format, Object... args) {
        return send(String.format(format, args));
    }

    /** The next frame of this type; frames of other types before it are kept, to be shown when a wait fails. */
    JsonObject next(String type) {
        return nextOf(type);
    }

    /** The next frame of one of these types. */
    JsonObject nextOf(String... types) {
        return nextWithin(WAIT, types);
    }

    /** The next frame of one of these types, waiting at most {@code within}. */
    JsonObject nextWithin(Duration within, String... types) {
        List<String> wanted = List.of(types);
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            JsonObject frame;
            try {
                frame = frames.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
            if (frame == null) {
                throw new AssertionError("No " + wanted + " frame within " + within.toSeconds() + " s; got " + seen);
            }
            seen.add(frame);
            String type = frame.getString("type");
            if (wanted.contains(type)) {
                return frame;
            }
            if (!BACKGROUND.contains(type) && !alsoIgnored.contains(type)) {
                throw new AssertionError("While waiting for " + wanted + ", an unexpected frame: " + frame
                        + "; frames so far: " + seen);
            }
        }
    }

    /** Lets the waits on this socket pass over frames of these types too (the caller says why). */
    ChatSocket ignoring(String... types) {
        alsoIgnored.addAll(List.of(types));
        return this;
    }

    /** Whether the socket is still open, or how it was closed: for a failure's message. */
    String state() {
        if (!closed.isDone()) {
            return "open, " + frames.size() + " frames unread";
        }
        return closed.handle((code, error) -> code != null ? "closed " + code : "failed: " + error).join();
    }

    /** Every frame this socket received and a wait has looked at, in order. */
    List<JsonObject> seen() {
        return List.copyOf(seen);
    }

    /** Every frame that arrives within {@code within}. */
    List<JsonObject> drain(Duration within) throws InterruptedException {
        List<JsonObject> got = new ArrayList<>();
        long deadline = System.nanoTime() + within.toNanos();
        JsonObject frame;
        while ((frame = frames.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) != null) {
            seen.add(frame);
            got.add(frame);
        }
        return got;
    }

    /** Asserts that no frame of this type arrives within {@code within}. */
    void noMore(String type, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        JsonObject frame;
        while ((frame = frames.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) != null) {
            seen.add(frame);
            assertThat(frame.getString("type")).as("unexpected frame %s", frame).isNotEqualTo(type);
        }
    }

    /**
     * The phone's network goes away without the socket closing: from now on nothing is read, so the server's pings
     * get no answer. {@link #hearAgain} is the network coming back.
     */
    void goDeaf() {
        deaf = true;
    }

    void hearAgain() {
        deaf = false;
        socket.request(1);
    }

    /** The connection is cut, as when a phone loses its network: no close handshake. */
    void drop() {
        socket.abort();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null)
                    .join();
        }
        socket.abort();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            frames.add(Json.createReader(new StringReader(partial.toString())).readObject());
            partial.setLength(0);
        }
        if (!deaf) {
            webSocket.request(1);
        }
        return null;
    }

    @Override
    public CompletionStage<?> onPing(WebSocket webSocket, java.nio.ByteBuffer message) {
        // The JDK answers the ping itself after this returns; a deaf socket never gets here (nothing is requested).
        if (!deaf) {
            webSocket.request(1);
        }
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.completeExceptionally(error);
    }

    /** The HTTP status with which the server refused the handshake. */
    static int refusedHandshake(Staff who, String path, String origin) {
        try {
            open(who, path, origin).close();
        } catch (HandshakeRefused refused) {
            return refused.status;
        }
        throw new AssertionError("The handshake to " + path + " was accepted");
    }

    /** The server answered the handshake with an HTTP status instead of switching to WebSocket. */
    static final class HandshakeRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;

        HandshakeRefused(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }
}
