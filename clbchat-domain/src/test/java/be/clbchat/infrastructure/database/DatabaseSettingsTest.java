package be.clbchat.infrastructure.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @ParameterizedTest
    @CsvSource({"jdbc:mariadb://db:3306/clbchat,false", "jdbc:mariadb://db:3306/clbchat?connectTimeout=5000,false",
        "jdbc:mariadb://db:3306/clbchat?socketTimeout=0,false", "jdbc:mariadb://db:3306/clbchat?socketTimeout=,false",
        "jdbc:mariadb://db:3306/clbchat?socketTimeout=30000,true",
        "jdbc:mariadb://db:3306/clbchat?connectTimeout=5000&SocketTimeout=30000,true"})
    void aWarningUnlessTheUrlBoundsHowLongAReadWaits(String url, boolean bounded) {
        assertThat(new DatabaseSettings(url, false, Path.of("d"), 3307, false).hasSocketTimeout()).isEqualTo(bounded);
    }

    @ParameterizedTest
    @CsvSource({"127.0.0.1,true", "localhost,true", "::1,true", "[::1],true",
        "127.0.1.1,true", "0.0.0.0,false", "*,false", "'',false", "192.0.2.10,false", "no-such-host.invalid,false"})
    void demoAccountsOnlyWhileTheServerListensWhereNobodyElseCanReachIt(String host, boolean loopback) {
        assertThat(DatabaseSettings.onLoopback(host)).isEqualTo(loopback);
    }
}
