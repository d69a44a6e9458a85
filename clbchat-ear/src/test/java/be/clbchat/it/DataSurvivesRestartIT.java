package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The embedded MariaDB keeps its data in a folder outside the server: what was written before a restart of
 * the whole server (Liberty and its embedded database) is there after it.
 */
class DataSurvivesRestartIT {

    private static final String DB_URL = System.getProperty("clbchat.dbUrl", "jdbc:mariadb://127.0.0.1:13307/clbchat");

    @Test
    void aLineWrittenBeforeARestartIsServedAfterIt() throws Exception {
        String code = "restart-" + UUID.randomUUID().toString().substring(0, 8);
        execute("INSERT INTO line (code, name, time_zone) VALUES (?, 'Herstarttest', 'Europe/Brussels')", code);
        try {
            restartServer();

            String lines = Staff.anonymous().get("/api/lines").body();
            assertThat(lines).contains("\"code\":\"" + code + "\"").contains("Herstarttest");
        } finally {
            execute("DELETE FROM line WHERE code = ?", code);
        }
    }

    private static void restartServer() throws IOException, InterruptedException {
        server("stop");
        server("start");
        Duration ready = ItServer.awaitReady(Duration.ofSeconds(120));
        System.out.println("[perf] server start to /health/ready UP after restart: " + ready.toMillis() + " ms");
    }

    private static void server(String action) throws IOException, InterruptedException {
        Path serverDir = ItServer.serverDir().toAbsolutePath();
        Path wlp = serverDir.getParent().getParent().getParent();
        Process process = new ProcessBuilder(wlp.resolve("bin/server").toString(), action,
                serverDir.getFileName().toString())
                .inheritIO()
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("server %s finished in time", action).isTrue();
        assertThat(process.exitValue()).as("server %s exit code", action).isZero();
    }

    private static void execute(String sql, String code) throws SQLException {
        try (Connection connection = DriverManager.getConnection(DB_URL, "root", "");
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, code);
            statement.executeUpdate();
        }
    }
}
