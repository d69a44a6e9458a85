package be.clbchat.web.chat;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One client's socket. Frames go out one at a time, in order, without blocking the sender: a slow phone must not hold
 * up the thread that serves everyone else. A client that falls too far behind is closed; it resumes and gets the
 * missed messages from the database.
 */
final class Connection {

    private static final Logger LOG = Logger.getLogger(Connection.class.getName());
    static final int MAX_PENDING = 500;

    private final Session session;
    private final Queue<String> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pendingCount = new AtomicInteger();
    private final AtomicBoolean writing = new AtomicBoolean();

    Connection(Session session) {
        this.session = session;
    }

    String id() {
        return session.getId();
    }

    boolean isOpen() {
        return session.isOpen();
    }

    void send(String frame) {
        if (!session.isOpen()) {
            return;
        }
        if (pendingCount.incrementAndGet() > MAX_PENDING) {
            close(CloseReason.CloseCodes.TRY_AGAIN_LATER, "te traag; verbind opnieuw");
            return;
        }
        pending.add(frame);
        writeNext();
    }

    private void writeNext() {
        while (writing.compareAndSet(false, true)) {
            String frame = pending.poll();
            if (frame == null) {
                writing.set(false);
                if (pending.isEmpty()) {
                    return;
                }
                continue;
            }
            pendingCount.decrementAndGet();
            try {
                session.getAsyncRemote().sendText(frame, result -> {
                    if (!result.isOK()) {
                        LOG.log(Level.FINE, "A frame to " + session.getId() + " was not sent", result.getException());
                    }
                    writing.set(false);
                    writeNext();
                });
                return;
            } catch (IllegalStateException | IllegalArgumentException closed) {
                writing.set(false);
                pending.clear();
                return;
            }
        }
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
