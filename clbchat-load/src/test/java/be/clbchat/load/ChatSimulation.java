package be.clbchat.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.http.action.ws.WsInboundMessage;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.WsFrameCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load benchmark of the chat (docs/chat-protocol.md), see clbchat-load/README.md. In one run:
 * <ul>
 * <li>operators log in, open two operator sockets (one to act, one to listen), go available and accept every chat;</li>
 * <li>visitors start a chat, wait to be accepted, then send their messages at a steady pace, each waiting for its
 * ack;</li>
 * <li>as many echo users send the same frames at the same pace to the bare echo socket: the platform floor.</li>
 * </ul>
 * Besides Gatling's report (milliseconds), {@link #after()} writes exact percentiles of three measures: echo round
 * trip, chat ack round trip, and delivery of a visitor's message to the operator's socket.
 */
public class ChatSimulation extends Simulation {

    /** A visitor's message as the operator's socket receives it live (not inside a replay), with its send time. */
    private static final Pattern DELIVERED = Pattern.compile("^\\{\"type\":\"message\",.*?\"text\":\"load\\|(\\d+)\\|");
    private static final String START = "{\"type\":\"start\",\"line\":\"" + LoadSettings.LINE
            + "\",\"nickname\":\"Load\",\"role\":\"pupil\",\"device\":\"desktop\"}";
    /** Frames not waited for are kept per socket up to this many; the operators' second socket is read from it. */
    private static final int UNMATCHED_BUFFER = 20_000;
    private static final Duration SETUP_TIMEOUT = Duration.ofSeconds(10);
    /** An operator who found the queue empty asks again after this; keeps the polling load on the server small. */
    private static final Duration EMPTY_QUEUE_PAUSE = Duration.ofMillis(300);
    private static final Duration DRAIN_EVERY = Duration.ofMillis(500);

    private final LoadSettings settings = LoadSettings.fromSystemProperties();

    private final LatencySamples echoRoundTrips = new LatencySamples();
    private final LatencySamples ackRoundTrips = new LatencySamples();
    private final LatencySamples deliveries = new LatencySamples();

    private final AtomicInteger operatorNumbers = new AtomicInteger();
    private final AtomicInteger acceptedChats = new AtomicInteger();
    private final AtomicInteger finishedVisitors = new AtomicInteger();
    // Set in before(), read by the operators' loops: after them an operator stops accepting, then stops listening.
    private volatile long acceptUntil = Long.MAX_VALUE;
    private volatile long listenUntil = Long.MAX_VALUE;

    private final HttpProtocolBuilder protocol = http
            .baseUrl(settings.baseUrl())
            .wsBaseUrl(settings.wsBaseUrl())
            .disableWarmUp()
            // No Origin header, as for any program: the server's origin check lets such clients through.
            .disableAutoOrigin()
            .wsUnmatchedInboundMessageBufferSize(UNMATCHED_BUFFER);

    /** Reads what the operator's second socket received since the last time: every live visitor message. */
    private final ChainBuilder readOperatorSockets = exec(
            ws.processUnmatchedMessages("tap", (messages, session) -> {
                recordDeliveries(messages);
                return session;
            }),
            // The console socket receives the same frames; nobody reads them there.
            ws.processUnmatchedMessages("console", (messages, session) -> session));

    private final ScenarioBuilder operators = scenario("operator")
            .exec(session -> {
                int number = operatorNumbers.incrementAndGet();
                return session.set("operatorNumber", number).set("operator", LoadSettings.operatorUsername(number));
            })
            // The container's form login, as the console page does it; HTTP and WebSocket share the cookies.
            .exec(http("operator console").get("/operator/"))
            .exec(http("operator login").post("/j_security_check")
                    .formParam("j_username", "#{operator}")
                    .formParam("j_password", settings.operatorPassword())
                    // A failed login lands on the login page again.
                    .check(substring("j_security_check").notExists()))
            .exitHereIfFailed()
            // "console" sends and waits for answers; "tap" only listens, so nothing it receives is missed or dropped.
            .exec(ws("operator connect", "console").connect("/ws/operator").await(SETUP_TIMEOUT).on(
                    ws.checkTextMessage("operator welcome").check(
                            jsonPath("$.type").is("welcome"),
                            jsonPath("$.available").ofBoolean().saveAs("wasAvailable"),
                            // Far below the share of chats: CLBCHAT_OPERATOR_MAX_CHATS was not raised.
                            jsonPath("$.maxChats").ofInt().gte(ceilDiv(settings.chats(), settings.operators())))))
            .exec(ws("operator tap connect", "tap").connect("/ws/operator").await(SETUP_TIMEOUT).on(
                    ws.checkTextMessage("operator tap welcome").check(jsonPath("$.type").is("welcome"))))
            .exitHereIfFailed()
            .exec(ws("operator alias", "console")
                    .sendText(session -> "{\"type\":\"alias\",\"alias\":\"Load " + session.getInt("operatorNumber")
                            + "\"}")
                    .await(SETUP_TIMEOUT).on(ws.checkTextMessage("operator alias set")
                            .matching(jsonPath("$.type").in("alias", "error"))
                            .check(jsonPath("$.type").is("alias"))))
            // The server answers only a change; an operator of an earlier run may still be available.
            .doIf(session -> !Boolean.TRUE.equals(session.getBooleanWrapper("wasAvailable"))).then(
                    ws("operator available", "console").sendText("{\"type\":\"availability\",\"available\":true}")
                            .await(SETUP_TIMEOUT).on(ws.checkTextMessage("operator available set").matching(
                                    jsonPath("$.type").is("availability"),
                                    jsonPath("$.available").ofBoolean().is(true))))
            // Take chats until every visitor has an operator (all operators count together), or it is too late.
            .asLongAs(session -> acceptedChats.get() < settings.chats() && System.currentTimeMillis() < acceptUntil).on(
                    readOperatorSockets,
                    exec(session -> session.remove("acceptReply")),
                    ws("operator accept", "console").sendText("{\"type\":\"accept\"}").await(SETUP_TIMEOUT).on(
                            ws.checkTextMessage("operator accept answer")
                                    .matching(jsonPath("$.type").in("accepted", "error"))
                                    .check(jsonPath("$.type").saveAs("acceptReply"))),
                    doIfOrElse(session -> "accepted".equals(session.getString("acceptReply"))).then(
                            exec(session -> {
                                acceptedChats.incrementAndGet();
                                return session;
                            })
                    ).orElse(pause(EMPTY_QUEUE_PAUSE)))
            // Stay online (an operator who leaves loses the chats) and keep reading until the last visitor is done.
            .asLongAs(session -> finishedVisitors.get() < settings.chats() && System.currentTimeMillis() < listenUntil)
            .on(pause(DRAIN_EVERY), readOperatorSockets)
            .exec(readOperatorSockets)
            .exec(ws("operator tap close", "tap").close(), ws("operator close", "console").close());

    private final WsFrameCheck.Text ackCheck = ws.checkTextMessage("chat ack")
            // Only the answer to this message; queue updates and the like pass by.
            .matching(jsonPath("$.clientMsgId").isEL("#{msgId}"))
            .check(
                    // An error frame for this message (too-fast, server-error) fails at once.
                    jsonPath("$.type").is("ack"),
                    // Runs once, on the matching frame (seq is null on an error frame): the exact round trip, and
                    // one more delivery to expect.
                    jsonPath("$.seq").transformWithSession((seq, session) -> {
                        if (seq != null) {
                            ackRoundTrips.record(session.getLong("sentAtNanos") / 1000, System.nanoTime() / 1000);
                            deliveries.expect();
                        }
                        return seq;
                    }));

    /**
     * Each virtual pupil comes from an address of its own, as in real life: the server limits what one source may
     * open (run-load-benchmark.sh trusts 127.0.0.1 as a proxy, so X-Forwarded-For says where a pupil comes from).
     */
    static String visitorAddress(long userId) {
        return "10." + ((userId >> 16) & 255) + "." + ((userId >> 8) & 255) + "." + (userId & 255);
    }

    private final ScenarioBuilder visitors = scenario("visitor").exec(
            ws("visitor connect").connect("/ws/visitor")
                    .header("X-Forwarded-For", session -> visitorAddress(session.userId())),
            // Waits straight for "accepted": whatever queue frames come first pass by.
            ws("visitor start").sendText(START).await(Duration.ofSeconds(settings.acceptTimeoutSeconds())).on(
                    ws.checkTextMessage("visitor accepted")
                            .matching(jsonPath("$.type").in("accepted", "closed", "error"))
                            .check(jsonPath("$.type").is("accepted"),
                                    jsonPath("$.operatorAlias").saveAs("operatorAlias"))),
            doIf(session -> session.contains("operatorAlias")).then(
                    repeat(settings.messagesPerChat(), "messageNumber").on(
                            exec(session -> {
                                ackRoundTrips.expect();
                                return newMessage(session);
                            }),
                            ws("chat send").sendText(this::sendFrame)
                                    .await(Duration.ofSeconds(settings.ackTimeoutSeconds())).on(ackCheck),
                            pause(Duration.ofMillis(settings.pauseMs())))),
            ws("visitor end").sendText("{\"type\":\"end\"}").await(SETUP_TIMEOUT).on(
                    ws.checkTextMessage("visitor ended")
                            .matching(jsonPath("$.type").in("ended", "error"))
                            .check(jsonPath("$.type").is("ended"))),
            ws("visitor close").close(),
            exec(session -> {
                finishedVisitors.incrementAndGet();
                return session;
            }));

    private final WsFrameCheck.Text echoCheck = ws.checkTextMessage("echo floor")
            .matching(jsonPath("$.clientMsgId").isEL("#{msgId}"))
            .check(bodyString().transformWithSession((body, session) -> {
                if (body != null) {
                    echoRoundTrips.record(session.getLong("sentAtNanos") / 1000, System.nanoTime() / 1000);
                }
                return body;
            }));

    /** The same frames at the same pace as the visitors, to a socket that only sends them back. */
    private final ScenarioBuilder echoUsers = scenario("echo").exec(
            ws("echo connect").connect("/ws/echo"),
            repeat(settings.messagesPerChat(), "messageNumber").on(
                    exec(session -> {
                        echoRoundTrips.expect();
                        return newMessage(session);
                    }),
                    ws("echo send").sendText(this::sendFrame)
                            .await(Duration.ofSeconds(settings.ackTimeoutSeconds())).on(echoCheck),
                    pause(Duration.ofMillis(settings.pauseMs()))),
            ws("echo close").close());

    {
        Duration headStart = Duration.ofSeconds(settings.headStartSeconds());
        Duration ramp = Duration.ofSeconds(settings.rampSeconds());
        setUp(
                operators.injectOpen(atOnceUsers(settings.operators())),
                visitors.injectOpen(nothingFor(headStart), rampUsers(settings.chats()).during(ramp)),
                echoUsers.injectOpen(nothingFor(headStart), rampUsers(settings.chats()).during(ramp)))
                .protocols(protocol)
                // Any frame not answered in time (a lost ack, a chat never accepted) fails the run.
                .assertions(global().failedRequests().count().is(0L))
                // A safety net only: every wait above has its own timeout.
                .maxDuration(Duration.ofMillis(acceptPhaseMillis() + listenPhaseMillis()).plusMinutes(2));
    }

    @Override
    public void before() {
        System.out.println("[load] " + settings);
        LoadSetup.prepare(settings);
        long start = System.currentTimeMillis();
        acceptUntil = start + acceptPhaseMillis();
        listenUntil = acceptUntil + listenPhaseMillis();
    }

    @Override
    public void after() {
        List<String> missed = missedTargets();
        String summary = summary() + (missed.isEmpty() ? "\nVerdict: PASS\n"
                : "\nVerdict: FAIL - " + String.join("; ", missed) + "\n");
        System.out.println(summary);
        Path file = Path.of(System.getProperty("clbchat.load.summaryDir", "target/gatling"))
                .resolve("summary-" + settings.chats() + "-chats.md");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, summary, StandardCharsets.UTF_8);
            System.out.println("[load] summary written to " + file.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
        if (!missed.isEmpty()) {
            throw new AssertionError("The benchmark missed its targets: " + String.join("; ", missed));
        }
    }

    /**
     * What makes a run fail besides Gatling's own assertion: any message lost on the way (an ack or a delivery that
     * never came), a visitor never accepted, and from {@code -DtargetFromChats} (1,000) chats on a p99 of chat ack or
     * delivery above {@code -DtargetRatio} (2) times the echo floor's p99.
     */
    private List<String> missedTargets() {
        List<String> missed = new java.util.ArrayList<>();
        LatencySamples.Summary echo = echoRoundTrips.summary();
        LatencySamples.Summary ack = ackRoundTrips.summary();
        LatencySamples.Summary delivery = deliveries.summary();
        if (ack.lost() > 0) {
            missed.add(ack.lost() + " chat messages without an ack");
        }
        if (delivery.lost() > 0) {
            missed.add(delivery.lost() + " messages never delivered to the operator");
        }
        if (echo.lost() > 0) {
            missed.add(echo.lost() + " echo frames lost (the platform floor itself)");
        }
        if (acceptedChats.get() < settings.chats()) {
            missed.add((settings.chats() - acceptedChats.get()) + " visitors never accepted");
        }
        double target = Double.parseDouble(System.getProperty("targetRatio", "2"));
        if (settings.chats() >= Integer.getInteger("targetFromChats", 1000)) {
            double ackRatio = ack.p99Ms() / echo.p99Ms();
            double deliveryRatio = delivery.p99Ms() / echo.p99Ms();
            if (!(ackRatio <= target)) {
                missed.add(String.format(Locale.ROOT, "chat ack p99 %.2fx the floor (target %.1fx)", ackRatio, target));
            }
            if (!(deliveryRatio <= target)) {
                missed.add(String.format(Locale.ROOT, "delivery p99 %.2fx the floor (target %.1fx)", deliveryRatio,
                        target));
            }
        }
        return missed;
    }

    /** Until the last visitor has arrived and waited its longest for an operator. */
    private long acceptPhaseMillis() {
        return (settings.headStartSeconds() + settings.rampSeconds() + settings.acceptTimeoutSeconds() + 5) * 1000L;
    }

    /** Until the last accepted visitor has sent everything, each message waiting its longest, and ended. */
    private long listenPhaseMillis() {
        return settings.worstMessagingMillis() + SETUP_TIMEOUT.toMillis() + 30_000;
    }

    /** A new message: its id and when it leaves, on the monotonic clock (round trips) and the wall clock (delivery). */
    private static Session newMessage(Session session) {
        return session.set("msgId", UUID.randomUUID().toString())
                .set("sentAtNanos", System.nanoTime())
                .set("sentAtMillis", System.currentTimeMillis());
    }

    /** The visitor's send frame; the text carries the send time so that the operator side can time the delivery. */
    private String sendFrame(Session session) {
        StringBuilder text = new StringBuilder("load|").append(session.getLong("sentAtMillis")).append('|')
                .append(session.getInt("messageNumber")).append('|');
        while (text.length() < settings.textLength()) {
            text.append('x');
        }
        return "{\"type\":\"send\",\"clientMsgId\":\"" + session.getString("msgId") + "\",\"text\":\"" + text + "\"}";
    }

    /** Gatling stamps each frame when it arrives (wall clock, milliseconds), whenever it is read from the buffer. */
    private void recordDeliveries(List<WsInboundMessage> messages) {
        for (WsInboundMessage message : messages) {
            if (message instanceof WsInboundMessage.Text text) {
                Matcher delivered = DELIVERED.matcher(text.message());
                if (delivered.find()) {
                    deliveries.record(Long.parseLong(delivered.group(1)) * 1000, text.timestamp() * 1000);
                }
            }
        }
    }

    private String summary() {
        LatencySamples.Summary echo = echoRoundTrips.summary();
        LatencySamples.Summary ack = ackRoundTrips.summary();
        LatencySamples.Summary delivery = deliveries.summary();
        StringBuilder out = new StringBuilder()
                .append("## ").append(settings.chats()).append(" chats (").append(settings.operators())
                .append(" operators, ").append(settings.messagesPerChat()).append(" messages per chat every ")
                .append(settings.pauseMs()).append(" ms, ").append(settings.textLength()).append(" characters) - ")
                .append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append("\n\n")
                .append("| measure | expected | answered | lost | p50 (ms) | p99 (ms) | max (ms) | messages/s |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        row(out, "echo floor: send -> echo back", echo);
        row(out, "chat ack: visitor send -> stored -> ack", ack);
        row(out, "delivery: visitor send -> operator socket", delivery);
        out.append("\nVisitors accepted: ").append(acceptedChats.get()).append(" of ").append(settings.chats())
                .append(". p99 against the echo floor: chat ack ").append(ratio(ack.p99Ms(), echo.p99Ms()))
                .append(", delivery ").append(ratio(delivery.p99Ms(), echo.p99Ms()))
                .append(" (target at 1,000 chats: at most 2x).\n");
        return out.toString();
    }

    private static void row(StringBuilder out, String measure, LatencySamples.Summary summary) {
        out.append("| ").append(measure).append(" | ").append(summary.expected()).append(" | ")
                .append(summary.answered()).append(" | ").append(summary.lost()).append(" | ")
                .append(number(summary.p50Ms(), 2)).append(" | ").append(number(summary.p99Ms(), 2)).append(" | ")
                .append(number(summary.maxMs(), 2)).append(" | ").append(number(summary.perSecond(), 1)).append(" |\n");
    }

    private static String ratio(double value, double floor) {
        if (Double.isNaN(value) || Double.isNaN(floor) || floor <= 0) {
            return "-";
        }
        double ratio = value / floor;
        return String.format(Locale.ROOT, "%.2fx (%s)", ratio, ratio <= 2 ? "within 2x" : "above 2x");
    }

    private static String number(double value, int decimals) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static int ceilDiv(int dividend, int divisor) {
        return (dividend + divisor - 1) / divisor;
    }
}
