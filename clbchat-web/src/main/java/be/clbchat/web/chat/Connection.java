package be.clbchat.web.chat;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One client's socket. Frames go out in order, and never on the thread of whoever sent the message: a slow phone must
 * not hold up the thread that serves everyone else. One writer at a time drains everything pending in one go on an
 * executor thread (one hand-over per burst, not per frame: an operator with many chats gets many frames a second).
 * A client that falls too far behind is closed; it resumes and gets the missed messages from the database. A write
 * that does not finish within {@link #WRITE_TIMEOUT_MS} (a client that stopped reading, its buffers full) gives the
 * writer thread back and closes the socket: one stuck phone cannot hold the threads that write to everyone else.
 */
final class Connection {

    private static final Logger LOG = Logger.getLogger(Connection.class.getName());
    static final int MAX_PENDING = 500;
    static final long WRITE_TIMEOUT_MS = 10_000;
    /** In the queue of frames: a WebSocket ping (the browser answers it itself, even in a throttled background tab). */
    private static final String PING = new String("ping");
    /** In the queue of frames: close the socket once everything before it is written. */
    private static final String CLOSE = new String("close");
    private volatile CloseReason closeReason;

    private final Session session;
    private final Executor writer;
    private final long writeTimeoutMs;
    private final Deque<String> pending = new ConcurrentLinkedDeque<>();
    private final AtomicInteger pendingCount = new AtomicInteger();
    private final AtomicBoolean writing = new AtomicBoolean();
    /** While held, frames wait: the first answer (a snapshot read after registering) must go out before them. */
    private volatile boolean held;
    private final AtomicBoolean closing = new AtomicBoolean();
    /** A write timed out: the socket is being closed and takes no more frames. */
    private volatile boolean goneForGood;
    /** When something last came from the client: a frame or the pong to a ping. */
    private volatile long lastHeardNanos = System.nanoTime();

    Connection(Session session, Executor writer) {
        this(session, writer, WRITE_TIMEOUT_MS);
    }

    Connection(Session session, Executor writer, long writeTimeoutMs) {
        this.session = session;
        this.writer = writer;
        this.writeTimeoutMs = writeTimeoutMs;
    }

    void send(String frame) {
        if (goneForGood || !session.isOpen()) {
            return;
        }
        if (pendingCount.incrementAndGet() > MAX_PENDING) {
            // Closed on a writer thread: the sender of this frame is in the middle of someone else's message.
            if (closing.compareAndSet(false, true)) {
                writer.execute(() -> close(CloseReason.CloseCodes.TRY_AGAIN_LATER, "te traag; verbind opnieuw"));
            }
            return;
        }
        pending.add(frame);
        if (!held) {
            startWriting();
        }
    }

    /** Something came from the client. */
    void heard() {
        lastHeardNanos = System.nanoTime();
    }

    /** How long nothing came from the client. */
    long silentNanos(long now) {
        return now - lastHeardNanos;
    }

    /** A protocol-level ping, written in turn with the frames. */
    void ping() {
        send(PING);
    }

    /** From now on frames wait until {@link #release}. */
    void hold() {
        held = true;
    }

    /**
     * Sends {@code first} ahead of whatever was pushed meanwhile, then everything else. Pushed frames may repeat
     * what {@code first} already says (a message read in the snapshot); clients ignore a seq they have.
     */
    void release(List<String> first) {
        for (int i = first.size() - 1; i >= 0; i--) {
            pending.offerFirst(first.get(i));
            pendingCount.incrementAndGet();
        }
        held = false;
        startWriting();
    }

    private void startWriting() {
        if (writing.compareAndSet(false, true)) {
            try {
                writer.execute(this::drain);
            } catch (RejectedExecutionException stopping) {
                writing.set(false);
            }
        }
    }

    private void drain() {
        try {
            String frame;
            while (!held && (frame = pending.poll()) != null) {
                pendingCount.decrementAndGet();
                if (frame == PING) {
                    session.getBasicRemote().sendPing(java.nio.ByteBuffer.allocate(0));
                } else if (frame == CLOSE) {
                    session.close(closeReason);
                    pending.clear();
                    pendingCount.set(0);
                    return;
                } else {
                    write(frame);
                }
            }
        } catch (IOException | IllegalStateException | java.util.concurrent.ExecutionException gone) {
            LOG.log(Level.FINE, "Frames to " + session.getId() + " could not be sent", gone);
            pending.clear();
            pendingCount.set(0);
        } catch (java.util.concurrent.TimeoutException stuck) {
            LOG.fine(() -> "A frame to " + session.getId() + " was not written within " + writeTimeoutMs
                    + " ms: the client stopped reading; closed");
            gone();
            writer.execute(() -> close(CloseReason.CloseCodes.TRY_AGAIN_LATER, "te traag; verbind opnieuw"));
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            gone();
        } finally {
            writing.set(false);
        }
        // A frame added after the last poll but before writing was cleared would wait for the next one: drain it now.
        if (!pending.isEmpty() && session.isOpen() && !held && !goneForGood) {
            startWriting();
        }
    }

    /** Written within the timeout, or the write is given up (and the socket is to be closed). */
    private void write(String frame) throws java.util.concurrent.ExecutionException, InterruptedException,
            java.util.concurrent.TimeoutException {
        java.util.concurrent.Future<Void> sent = session.getAsyncRemote().sendText(frame);
        try {
            sent.get(writeTimeoutMs, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException stuck) {
            sent.cancel(true);
            throw stuck;
        }
    }

    /** Nothing more is written: what is pending is dropped, and later frames are not taken. */
    private void gone() {
        closing.set(true);
        pending.clear();
        pendingCount.set(0);
        goneForGood = true;
    }

    /** Sends a last frame, then closes: what was pending before goes out first, nothing after it. */
    void sendAndClose(String frame, CloseReason.CloseCode code, String reason) {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        closeReason = new CloseReason(code, reason);
        if (frame != null) {
            pending.add(frame);
            pendingCount.incrementAndGet();
        }
        pending.add(CLOSE);
        pendingCount.incrementAndGet();
        if (!held) {
            startWriting();
        }
    }

    /** Closes once the frames already pending are written (the answers a client got before it was cut off). */
    void closeInTurn(CloseReason.CloseCode code, String reason) {
        sendAndClose(null, code, reason);
    }

    void close(CloseReason.CloseCode code, String reason) {
        try {
            session.close(new CloseReason(code, reason));
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing " + session.getId() + " failed", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Connection connection && session.getId().equals(connection.session.getId());
    }

    @Override
    public int hashCode() {
        return session.getId().hashCode();
    }
}
