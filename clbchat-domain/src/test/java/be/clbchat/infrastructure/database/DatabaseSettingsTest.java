package be.clbchat.infrastructure.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void demoDataAreNeverWrittenToAnExternalDatabase() {
        DatabaseSettings external = new DatabaseSettings("jdbc:mariadb://db.example:3306/clbchat", false,
                Path.of("data"), 3307, true);
        assertThat(external.demo()).isFalse();
    }

    @Test
    void theEmbeddedDatabaseHasDemoDataUnlessSwitchedOff() {
        assertThat(new DatabaseSettings("jdbc:mariadb://127.0.0.1:3307/clbchat", true, Path.of("d"), 3307, true).demo())
                .isTrue();
        assertThat(new DatabaseSettings("jdbc:mariadb://127.0.0.1:3307/clbchat", true, Path.of("d"), 3307, false).demo())
                .isFalse();
    }

    @Test
    void theLoggedUrlLeavesOutItsParameters() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:mariadb://db:3306/clbchat?user=x&password=secret",
                false, Path.of("d"), 3307, false);
        assertThat(settings.describedUrl()).isEqualTo("jdbc:mariadb://db:3306/clbchat");
    }
}
