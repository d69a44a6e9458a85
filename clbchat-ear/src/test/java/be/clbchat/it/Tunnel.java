package be.clbchat.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stretch of network between a browser and the test server that a test can break as a train tunnel does: a TCP relay
 * on a port of its own, which on {@link #cut()} stops passing bytes without closing anything (neither end hears a
 * word, as with a phone that lost its signal) and lets no new connection through, and on {@link #restore()} passes
 * bytes again for new connections only: the old ones are reset, as their route is gone.
 */
final class Tunnel implements AutoCloseable {

    private final ServerSocket listener;
    private final URI target;
    private final List<Pair> pairs = new CopyOnWriteArrayList<>();
    private final Object gate = new Object();
    private volatile boolean cut;

    /** One browser connection and its connection to the server. */
    private record Pair(Socket browser, Socket server) {
        void reset() {
            resetQuietly(browser);
            resetQuietly(server);
        }
    }

    private Tunnel(URI target) throws IOException {
        this.target = target;
        listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread accepting = new Thread(this::accept, "tunnel-accept");
        accepting.setDaemon(true);
        accepting.start();
    }

    /** A tunnel to the test server. */
    static Tunnel toServer() {
        try {
            return new Tunnel(URI.create(ItServer.baseUrl()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test server's address through this tunnel: the browser's pages and sockets go this way. */
    String baseUrl() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    /** The signal goes: nothing passes either way any more, and nothing is closed. */
    void cut() {
        cut = true;
    }

    /** The signal is back: the connections of before are reset, new ones pass. */
    void restore() {
        pairs.forEach(Pair::reset);
        pairs.clear();
        synchronized (gate) {
            cut = false;
            gate.notifyAll();
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        restore();
    }

    private void accept() {
        while (!listener.isClosed()) {
            Socket browser;
            try {
                browser = listener.accept();
            } catch (IOException closed) {
                return;
            }
            if (cut) {
                // No route: the connection goes nowhere.
                resetQuietly(browser);
                continue;
            }
            try {
                Socket server = new Socket(target.getHost(), target.getPort());
                Pair pair = new Pair(browser, server);
                pairs.add(pair);
                pump(pair, browser, server, "up");
                pump(pair, server, browser, "down");
            } catch (IOException e) {
                resetQuietly(browser);
            }
        }
    }

    private void pump(Pair pair, Socket from, Socket to, String direction) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            // Not closed when the loop ends: closing a socket's stream closes the socket, and while the tunnel is cut
            // the other end must hear nothing (the finally below and restore() decide what is reset).
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    holdWhileCut(pair);
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException | InterruptedException gone) {
                // one side closed or was reset: the other follows
            } finally {
                // While cut, the other side hears nothing of it: restore() resets what is left.
                if (!cut) {
                    pair.reset();
                    pairs.remove(pair);
                }
            }
        }, "tunnel-" + direction);
        thread.setDaemon(true);
        thread.start();
    }

    /** While the tunnel is cut, bytes already read wait here (they are lost if the connection is reset meanwhile). */
    private void holdWhileCut(Pair pair) throws InterruptedException, IOException {
        synchronized (gate) {
            while (cut) {
                gate.wait(200);
                if (!pairs.contains(pair)) {
                    throw new IOException("reset while cut");
                }
            }
        }
    }

    private static void resetQuietly(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
