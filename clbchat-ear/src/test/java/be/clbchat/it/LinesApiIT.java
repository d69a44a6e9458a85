package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class LinesApiIT {

    private final Staff client = Staff.anonymous();

    @Test
    void theClbchatLineIsListedFromTheDatabase() {
        HttpResponse<String> lines = client.get("/api/lines");

        assertThat(lines.statusCode()).isEqualTo(200);
        assertThat(lines.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(lines.body()).contains("{\"code\":\"clbchat\",\"name\":\"CLBch@t\",\"timezone\":\"Europe/Brussels\"}");
    }

    @Test
    void anUnknownApiPathAnswersAJsonError() {
        HttpResponse<String> missing = client.get("/api/bestaat-niet");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(missing.body()).contains("\"error\":\"not-found\"").contains("\"message\":");
    }
}
