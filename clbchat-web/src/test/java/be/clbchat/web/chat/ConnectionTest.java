package be.clbchat.web.chat;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConnectionTest {

    private final ExecutorService writers = Executors.newFixedThreadPool(1);
    private final List<String> written = new CopyOnWriteArrayList<>();
    private final List<CloseReason> closed = new CopyOnWriteArrayList<>();
    private final AtomicBoolean stuck = new AtomicBoolean();

    @AfterEach
    void stop() {
        writers.shutdownNow();
    }

    /** A socket whose client reads, or (while {@link #stuck}) stopped reading: its writes never finish. */
    private Session session() {
        RemoteEndpoint.Async async = (RemoteEndpoint.Async) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {RemoteEndpoint.Async.class}, (proxy, method, args) -> {
                    if (method.getName().equals("sendText") && args.length == 1) {
                        if (stuck.get()) {
                            return new CompletableFuture<Void>();
                        }
                        written.add((String) args[0]);
                        return CompletableFuture.completedFuture(null);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Session.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAsyncRemote" -> async;
                    case "isOpen" -> closed.isEmpty();
                    case "getId" -> "s1";
                    case "close" -> {
                        closed.add(args == null ? null : (CloseReason) args[0]);
                        yield null;
                    }
                    case "hashCode" -> 1;
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void framesGoOutInOrder() throws Exception {
        Connection connection = new Connection(session(), writers, 200);
        for (int i = 0; i < 20; i++) {
            connection.send("f" + i);
        }
        awaitIdle();
        assertThat(written).hasSize(20).startsWith("f0", "f1").endsWith("f19");
    }

    @Test
    void aClientThatStoppedReadingGivesTheWriterThreadBackAndIsClosed() throws Exception {
        Connection connection = new Connection(session(), writers, 200);
        connection.send("before");
        awaitIdle();
        stuck.set(true);
        connection.send("never read");
        connection.send("behind it");

        long waitedFrom = System.nanoTime();
        awaitIdle();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - waitedFrom))
                .as("the only writer thread is free again after the timeout").isLessThan(5_000);
        assertThat(closed).singleElement().extracting(CloseReason::getCloseCode)
                .isEqualTo(CloseReason.CloseCodes.TRY_AGAIN_LATER);

        // The same thread writes for others at once.
        List<String> other = new CopyOnWriteArrayList<>();
        writers.submit(() -> other.add("someone else's frame")).get(1, TimeUnit.SECONDS);
        assertThat(other).hasSize(1);

        stuck.set(false);
        connection.send("after");
        awaitIdle();
        assertThat(written).as("a socket given up takes nothing more").containsExactly("before");
    }

    private void awaitIdle() throws InterruptedException {
        ThreadPoolExecutor pool = (ThreadPoolExecutor) writers;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        Thread.sleep(20);
        while (System.nanoTime() < deadline && (pool.getActiveCount() > 0 || !pool.getQueue().isEmpty())) {
            Thread.sleep(10);
        }
    }
}
