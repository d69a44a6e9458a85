package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The embedded MariaDB keeps its data in a folder outside the server: what was written before a restart of
 * the whole server (Liberty and its embedded database) is there after it, also when the server was killed and its
 * database left running.
 */
class DataSurvivesRestartIT {

    @Test
    void aLineWrittenBeforeARestartIsServedAfterIt() throws Exception {
        String code = "restart-" + UUID.randomUUID().toString().substring(0, 8);
        execute("INSERT INTO line (code, name, time_zone) VALUES (?, 'Herstarttest', 'Europe/Brussels')", code);
        try {
            ItServer.stop();
            ItServer.start(Map.of());

            String lines = Staff.anonymous().get("/api/lines").body();
            assertThat(lines).contains("\"code\":\"" + code + "\"").contains("Herstarttest");
        } finally {
            execute("DELETE FROM line WHERE code = ?", code);
        }
    }

    @Test
    void afterAKillTheServerComesBackOnItsEmbeddedDatabase() throws Exception {
        String code = "kill-" + UUID.randomUUID().toString().substring(0, 8);
        execute("INSERT INTO line (code, name, time_zone) VALUES (?, 'Na een kill', 'Europe/Brussels')", code);
        try {
            ItServer.kill();
            ItServer.start(Map.of());

            assertThat(Staff.anonymous().get("/api/lines").body()).contains("\"code\":\"" + code + "\"");
            assertThat(Files.readString(ItServer.serverDir().resolve("logs/messages.log")))
                    .contains("An embedded MariaDB is already running on 127.0.0.1:");
        } finally {
            execute("DELETE FROM line WHERE code = ?", code);
        }
    }

    /** A data folder made before the database had a password (or whose password file was lost) is given one. */
    @Test
    void aDataFolderWithoutItsPasswordFileGetsANewPasswordAtTheNextStartAndKeepsItsData() throws Exception {
        String code = "password-" + UUID.randomUUID().toString().substring(0, 8);
        execute("INSERT INTO line (code, name, time_zone) VALUES (?, 'Nieuw wachtwoord', 'Europe/Brussels')", code);
        java.nio.file.Path file = ChatFixtures.DATA_DIR.resolve("mariadb-password");
        String before = Files.readString(file).strip();
        try {
            ItServer.stop();
            Files.delete(file);
            ItServer.start(Map.of());

            assertThat(Staff.anonymous().get("/api/lines").body()).contains("\"code\":\"" + code + "\"");
            String after = Files.readString(file).strip();
            assertThat(after).isNotEqualTo(before).matches("[A-Za-z0-9_-]{32}");
            assertThatThrownBy(() -> java.sql.DriverManager.getConnection(ChatFixtures.DB_URL, "clbchat", before)
                    .close()).as("the old password is refused").isInstanceOf(SQLException.class);
        } finally {
            execute("DELETE FROM line WHERE code = ?", code);
        }
    }

    @Test
    void withDemoModeOffTheDemoAccountsCannotLogInAndWithItOnAgainTheyCan() throws Exception {
        Staff demo = Staff.withBasic("demo-coordinator", "demo-coordinator");
        try {
            ItServer.stop();
            ItServer.start(Map.of("CLBCHAT_DEMO", "false"));
            assertThat(demo.get("/api/fake-calls").statusCode()).as("demo off: README's password opens nothing")
                    .isEqualTo(401);
            assertThat(ChatFixtures.count("SELECT COUNT(*) FROM staff_account WHERE username LIKE 'demo-%'"
                    + " AND active = TRUE")).isZero();
        } finally {
            ItServer.stop();
            ItServer.start(Map.of());
        }
        assertThat(demo.get("/api/fake-calls").statusCode()).as("demo on again").isEqualTo(200);
    }

    private static void execute(String sql, String code) throws SQLException {
        try (Connection connection = ChatFixtures.database();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, code);
            statement.executeUpdate();
        }
    }
}
