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
        assertThat(lines.body()).contains("{\"audience\":[\"pupil\",\"parent\"],\"code\":\"clbchat\","
                + "\"name\":\"CLBch@t\",\"page\":null,\"timezone\":\"Europe/Brussels\"}");
    }

    @Test
    void aDraftBoxIsNotListedAndItsLineIsUnknownToThePublic() {
        Staff admin = Staff.withBasic("demo-noord-admin", "demo-noord-admin");
        HttpResponse<String> made = admin.postJson("/api/clbs/demo-clb-noord/boxes", ClbBoxesIT.boxJson(
                "Nog een concept", ClbBoxesIT.slug("concept"), null, null, null, "draft"));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        String line = ChatFixtures.json(made.body()).getString("line");

        assertThat(client.get("/api/lines").body()).doesNotContain(line).doesNotContain("Nog een concept");
        assertThat(client.get("/api/lines/" + line).statusCode()).isEqualTo(404);
        assertThat(client.get("/api/lines/clbchat").body()).contains("\"audience\":[\"pupil\",\"parent\"]");
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
