package be.clbchat.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Puts a server in the state the benchmark needs, before any virtual user starts: the echo socket is there, no chat of
 * an earlier run is still waiting or open, the load operators exist, and the line is open now whatever the hour.
 * Meant for a benchmark server on the embedded demo database only: it ends every open chat.
 * Runs from {@code ChatSimulation.before()}; {@link #main} runs it on its own with the same system properties.
 */
public final class LoadSetup {

    private static final Pattern OPEN_NOW = Pattern.compile("\"open\"\\s*:\\s*true");

    private LoadSetup() {
    }

    public static void main(String[] args) {
        prepare(LoadSettings.fromSystemProperties());
    }

    static void prepare(LoadSettings settings) {
        // HTTP/1.1: the client's h2c upgrade attempt can stall against this server.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        requireReady(http, settings);
        requireEchoSocket(http, settings);
        try (Connection db = DriverManager.getConnection(settings.dbUrl(), settings.dbUser(), settings.dbPassword())) {
            log(endOpenChats(db) + " chat(s) of earlier runs ended");
            createOperators(db, settings.operators());
            log("operators " + LoadSettings.operatorUsername(1) + " to "
                    + LoadSettings.operatorUsername(settings.operators()) + " ready");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the database at " + settings.dbUrl(), e);
        }
        openLineNow(http, settings);
    }

    private static void requireReady(HttpClient http, LoadSettings settings) {
        HttpResponse<String> ready = send(http, HttpRequest.newBuilder(URI.create(settings.baseUrl() + "/health/ready"))
                .GET().build());
        if (ready.statusCode() != 200) {
            throw new IllegalStateException("The server at " + settings.baseUrl() + " is not ready ("
                    + ready.statusCode() + "): " + ready.body());
        }
    }

    /** The floor is measured in the same run, so a server without the echo socket is no use. */
    private static void requireEchoSocket(HttpClient http, LoadSettings settings) {
        URI echo = URI.create(settings.wsBaseUrl() + "/ws/echo");
        try {
            WebSocket socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(echo, new WebSocket.Listener() {
                    }).get(15, TimeUnit.SECONDS);
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
            socket.abort();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("No echo socket at " + echo
                    + ": start the server with CLBCHAT_BENCHMARK_ECHO=true", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** Chats left waiting or open by an earlier (failed) run would be accepted instead of this run's. */
    private static int endOpenChats(Connection db) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE chat SET state = 'ENDED', ended_at = NOW(3),"
                + " ended_by = 'SYSTEM', end_reason = 'SUDDENLY_ABORTED' WHERE state <> 'ENDED'")) {
            return update.executeUpdate();
        }
    }

    /** load-op-1 … load-op-N with the demo operator's password hash, hence its password. */
    private static void createOperators(Connection db, int operators) throws SQLException {
        try (PreparedStatement demo = db.prepareStatement("SELECT COUNT(*) FROM staff_account WHERE username = ?")) {
            demo.setString(1, LoadSettings.DEMO_OPERATOR);
            try (ResultSet result = demo.executeQuery()) {
                result.next();
                if (result.getLong(1) == 0) {
                    throw new IllegalStateException("No account " + LoadSettings.DEMO_OPERATOR
                            + " to copy: the benchmark needs the embedded database with demo data (CLBCHAT_DEMO=true)");
                }
            }
        }
        try (PreparedStatement account = db.prepareStatement("INSERT IGNORE INTO staff_account"
                + " (username, display_name, password_hash, active, created_at)"
                + " SELECT ?, 'Load test operator', password_hash, TRUE, NOW() FROM staff_account WHERE username = ?");
             PreparedStatement role = db.prepareStatement(
                     "INSERT IGNORE INTO staff_account_role (username, role) VALUES (?, 'operator')");
             // Only a line's team takes its chats: the load operators answer CLBch@t's line.
             PreparedStatement team = db.prepareStatement("INSERT IGNORE INTO line_team_member"
                     + " (line_code, username, added_by, added_at) VALUES (?, ?, 'load', UTC_TIMESTAMP(3))")) {
            for (int number = 1; number <= operators; number++) {
                String username = LoadSettings.operatorUsername(number);
                account.setString(1, username);
                account.setString(2, LoadSettings.DEMO_OPERATOR);
                account.executeUpdate();
                role.setString(1, username);
                role.executeUpdate();
                team.setString(1, LoadSettings.LINE);
                team.setString(2, username);
                team.executeUpdate();
            }
        }
    }

    /** An extra opening from a minute ago for three hours, unless the line is open anyway. */
    private static void openLineNow(HttpClient http, LoadSettings settings) {
        String line = settings.baseUrl() + "/api/lines/" + LoadSettings.LINE;
        HttpResponse<String> status = send(http, HttpRequest.newBuilder(URI.create(line + "/status")).GET().build());
        if (status.statusCode() == 200 && OPEN_NOW.matcher(status.body()).find()) {
            log("line " + LoadSettings.LINE + " is open");
            return;
        }
        Instant start = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        String body = "{\"start\":\"" + start + "\",\"end\":\"" + start.plus(3, ChronoUnit.HOURS)
                + "\",\"kind\":\"open\",\"reason\":\"Belastingstest\"}";
        String basic = Base64.getEncoder().encodeToString((LoadSettings.COORDINATOR + ":"
                + LoadSettings.COORDINATOR_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> added = send(http, HttpRequest.newBuilder(URI.create(line + "/exceptions"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
        if (added.statusCode() != 201) {
            throw new IllegalStateException("Could not open line " + LoadSettings.LINE + " (" + added.statusCode()
                    + "): " + added.body());
        }
        log("line " + LoadSettings.LINE + " opened until " + start.plus(3, ChronoUnit.HOURS));
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(HttpRequest.newBuilder(request, (name, value) -> true)
                    .timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static void log(String message) {
        System.out.println("[load setup] " + message);
    }
}
