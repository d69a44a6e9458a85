package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class HealthIT {

    private final Staff client = Staff.anonymous();

    @Test
    void readinessIsUpWithTheDatabaseMigrated() {
        HttpResponse<String> ready = client.get("/health/ready");

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"")
                .contains("\"name\":\"database\"")
                .contains("\"schemaVersion\":\"" + ItServer.newestMigration() + "\"");
    }

    @Test
    void livenessIsUp() {
        HttpResponse<String> live = client.get("/health/live");

        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("\"status\":\"UP\"").contains("\"name\":\"heap\"")
                .as("no figures on a public address").doesNotContain("MiB");
    }

    @Test
    void theOpenApiDocumentDescribesTheRestApi() {
        HttpResponse<String> openapi = client.get("/openapi");

        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("CLBch@t API").contains("/api/lines");
    }
}
