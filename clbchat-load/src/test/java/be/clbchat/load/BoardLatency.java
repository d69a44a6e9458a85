package be.clbchat.load;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a change takes to reach the live board: a coordinator's board socket is open, and each sample makes one
 * change and times it until the first board frame that shows it — a visitor joins the queue (the line's "waiting"
 * goes up), leaves it (down again), an operator says they are available or not. Optionally with {@code -Dbackground=N}
 * visitors waiting the whole time (a full queue: every board is bigger and the queue changes are theirs too).
 * The board gathers changes for 150 ms before it sends (BoardHub), so that is the floor. Target: within 1 s.
 *
 * <p>Run by {@code scripts/run-board-benchmark.sh}, which starts its own server; {@code -Dsamples=} (100) per kind.
 */
public final class BoardLatency {

    private static final Pattern WAITING = Pattern.compile(
            "\"code\":\"clbchat\",\"name\":\"[^\"]*\",\"waiting\":(\\d+)");
    private static final String START = "{\"type\":\"start\",\"line\":\"clbchat\",\"nickname\":\"Bord%d\","
            + "\"role\":\"pupil\",\"age\":14,\"gender\":\"girl\",\"device\":\"mobile\"}";

    private BoardLatency() {
    }

    /** One socket's text frames, whole, in order. */
    static final class Frames implements WebSocket.Listener {
        final BlockingQueue<String> received = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        WebSocket socket;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        /** The first frame within {@code seconds} that passes {@code wanted}; frames before it are dropped. */
        String until(Predicate<String> wanted, int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (true) {
                String frame = received.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (frame == null) {
                    throw new IllegalStateException("No such frame within " + seconds + " s");
                }
                if (wanted.test(frame)) {
                    return frame;
                }
            }
        }

        void send(String text) {
            socket.sendText(text, true).join();
        }
    }

    public static void main(String[] args) throws Exception {
        LoadSettings settings = LoadSettings.fromSystemProperties();
        int samples = Integer.getInteger("samples", 100);
        int background = Integer.getInteger("background", 0);
        LoadSetup.prepare(settings);

        HttpClient coordinator = loggedIn(settings, "/bord/", LoadSettings.COORDINATOR,
                LoadSettings.COORDINATOR_PASSWORD);
        Frames board = open(coordinator, settings.wsBaseUrl() + "/ws/board", null);
        board.until(frame -> frame.contains("\"type\":\"board\""), 15);
        // One operator available the whole time (so that visitors are let into the queue), a second one who switches.
        Frames steady = console(settings, 1, true);
        Frames console = console(settings, 2, false);

        List<Frames> waiting = new ArrayList<>();
        for (int i = 0; i < background; i++) {
            Frames visitor = open(HttpClient.newHttpClient(), settings.wsBaseUrl() + "/ws/visitor", address(i));
            visitor.send(String.format(START, 100_000 + i));
            visitor.until(frame -> frame.contains("\"type\":\"queued\""), 15);
            waiting.add(visitor);
        }
        int base = background;
        board.until(frame -> waitingOf(frame) == base, 15);
        Thread.sleep(500);
        board.received.clear();

        long[] joins = new long[samples];
        long[] leaves = new long[samples];
        long[] availability = new long[samples];
        for (int i = 0; i < samples; i++) {
            Frames visitor = open(HttpClient.newHttpClient(), settings.wsBaseUrl() + "/ws/visitor",
                    address(background + i));
            long start = System.nanoTime();
            visitor.send(String.format(START, i));
            board.until(frame -> waitingOf(frame) == base + 1, 10);
            joins[i] = System.nanoTime() - start;
            visitor.until(frame -> frame.contains("\"type\":\"queued\""), 10);

            start = System.nanoTime();
            visitor.send("{\"type\":\"end\"}");
            board.until(frame -> waitingOf(frame) == base, 10);
            leaves[i] = System.nanoTime() - start;
            visitor.socket.abort();

            boolean available = i % 2 == 0;  // operator 2 starts unavailable
            start = System.nanoTime();
            console.send("{\"type\":\"availability\",\"available\":" + available + "}");
            String shown = "\"alias\":\"Bord 2\",\"discipline\":\"[^\"]*\",\"medical\":(true|false),\"available\":"
                    + available + ",";
            Pattern state = Pattern.compile(shown);
            board.until(frame -> frame.contains("\"type\":\"board\"") && state.matcher(frame).find(), 10);
            availability[i] = System.nanoTime() - start;
            Thread.sleep(200);
            board.received.clear();
        }
        console.send("{\"type\":\"availability\",\"available\":false}");
        steady.send("{\"type\":\"availability\",\"available\":false}");
        waiting.forEach(visitor -> visitor.send("{\"type\":\"end\"}"));

        StringBuilder summary = new StringBuilder();
        summary.append("Board latency, ").append(samples).append(" samples per change, ").append(background)
                .append(" visitors waiting besides (ms from the change sent to the board frame showing it)\n\n")
                .append("| change | p50 | p95 | p99 | max |\n|---|---|---|---|---|\n");
        row(summary, "a visitor joins the queue", joins);
        row(summary, "a visitor leaves the queue", leaves);
        row(summary, "an operator says available / not", availability);
        System.out.println(summary);
        String out = System.getProperty("clbchat.load.summaryDir");
        if (out != null) {
            Files.createDirectories(Path.of(out));
            Files.writeString(Path.of(out, "board-latency-" + background + ".md"), summary, StandardCharsets.UTF_8);
        }
        long worst = Arrays.stream(new long[][] {joins, leaves, availability}).flatMapToLong(Arrays::stream).max()
                .orElse(0);
        if (TimeUnit.NANOSECONDS.toMillis(worst) > 1000) {
            System.out.println("VERDICT: a change took " + TimeUnit.NANOSECONDS.toMillis(worst)
                    + " ms to reach the board (target 1000 ms)");
            System.exit(1);
        }
        System.out.println("VERDICT: every change reached the board within 1 s");
        System.exit(0);
    }

    private static void row(StringBuilder summary, String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        summary.append("| ").append(what).append(" | ").append(ms(sorted, 0.50)).append(" | ")
                .append(ms(sorted, 0.95)).append(" | ").append(ms(sorted, 0.99)).append(" | ")
                .append(ms(sorted, 1.0)).append(" |\n");
    }

    private static long ms(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return TimeUnit.NANOSECONDS.toMillis(sorted[Math.max(0, Math.min(sorted.length - 1, index))]);
    }

    private static int waitingOf(String frame) {
        Matcher matcher = WAITING.matcher(frame);
        return frame.contains("\"type\":\"board\"") && matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    /** Each visitor from an address of its own (the benchmark server trusts 127.0.0.1 as its proxy). */
    private static String address(int i) {
        return "198.18." + (i / 250) % 256 + "." + (i % 250 + 1);
    }

    private static HttpClient loggedIn(LoadSettings settings, String page, String username, String password)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        http.send(HttpRequest.newBuilder(URI.create(settings.baseUrl() + page)).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        String form = "j_username=" + username + "&j_password=" + password;
        HttpResponse<Void> login = http.send(HttpRequest.newBuilder(
                        URI.create(settings.baseUrl() + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("fout")) {
            throw new IllegalStateException("Could not log in as " + username + " (" + login.statusCode() + ")");
        }
        return http;
    }

    /** Operator {@code number}'s console, with an alias, available or not. */
    private static Frames console(LoadSettings settings, int number, boolean available) throws Exception {
        HttpClient operator = loggedIn(settings, "/operator/", LoadSettings.operatorUsername(number),
                settings.operatorPassword());
        Frames console = open(operator, settings.wsBaseUrl() + "/ws/operator", null);
        console.until(frame -> frame.contains("\"type\":\"welcome\""), 15);
        console.send("{\"type\":\"alias\",\"alias\":\"Bord " + number + "\"}");
        console.until(frame -> frame.contains("\"type\":\"alias\""), 15);
        console.send("{\"type\":\"availability\",\"available\":" + available + "}");
        console.until(frame -> frame.contains("\"type\":\"availability\""), 15);
        return console;
    }

    private static Frames open(HttpClient http, String url, String forwardedFor) {
        Frames frames = new Frames();
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        frames.socket = builder.buildAsync(URI.create(url), frames).join();
        return frames;
    }
}
