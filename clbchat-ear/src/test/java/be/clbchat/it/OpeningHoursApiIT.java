package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The opening-hours API on the running server, with the CLBch@t rules from the migrations. */
class OpeningHoursApiIT {

    private final Staff anonymous = Staff.anonymous();

    @Test
    void theChristmasHolidayOf2026() {
        HttpResponse<String> response = anonymous.get("/api/lines/clbchat/opening-hours?from=2026-12-21&to=2027-01-03");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"line\":\"clbchat\"").contains("\"timezone\":\"Europe/Brussels\"")
                .contains("\"start\":\"2026-12-21T14:00:00+01:00\"").contains("\"end\":\"2026-12-24T21:00:00+01:00\"")
                .doesNotContain("2026-12-25T").doesNotContain("2027-01-0");
        assertThat(count(response.body(), "\"start\"")).isEqualTo(4);
    }

    @Test
    void openOnASchoolMondayEvening() {
        HttpResponse<String> response = anonymous.get("/api/lines/clbchat/status?at=2026-11-23T18:00:00%2B01:00");

        assertThat(response.body()).contains("\"open\":true").contains("\"closesAt\":\"2026-11-23T21:00:00+01:00\"")
                .contains("\"nextOpening\":null");
    }

    @Test
    void closedAtChristmasUntilMondayFourJanuary() {
        HttpResponse<String> response = anonymous.get("/api/lines/clbchat/status?at=2026-12-25T12:00:00Z");

        assertThat(response.body()).contains("\"open\":false").contains("\"closesAt\":null")
                .contains("\"nextOpening\":\"2027-01-04T17:00:00+01:00\"").contains("\"closedFor\":\"Kerstmis\"");
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "/api/lines/clbchat/opening-hours?from=2026-13-01&to=2027-01-01 | 400 | invalid-date",
            "/api/lines/clbchat/opening-hours?from=2026-12-01 | 400 | missing-date",
            "/api/lines/clbchat/opening-hours?from=2027-01-01&to=2026-12-01 | 400 | invalid-range",
            "/api/lines/clbchat/opening-hours?from=2026-01-01&to=2027-02-05 | 400 | range-too-long",
            "/api/lines/bestaat-niet/opening-hours?from=2026-12-01&to=2026-12-02 | 404 | unknown-line",
            "/api/lines/bestaat-niet/status | 404 | unknown-line",
            "/api/lines/clbchat/status?at=morgen | 400 | invalid-instant",
    })
    void badInputGetsAJsonError(String path, int status, String code) {
        HttpResponse<String> response = anonymous.get(path);

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.body()).contains("\"error\":\"" + code + "\"").contains("\"message\":\"");
    }

    @Test
    void onlyCoordinatorsManageExceptions() {
        assertThat(anonymous.get("/api/lines/clbchat/exceptions").statusCode()).isEqualTo(401);

        Staff operator = Staff.loggedIn("/operator/", "demo-operator", "demo-operator");
        HttpResponse<String> refused = operator.postJson("/api/lines/clbchat/exceptions",
                "{\"start\":\"2027-03-05T17:00:00+01:00\",\"end\":\"2027-03-05T21:00:00+01:00\",\"kind\":\"open\",\"reason\":\"x\"}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("\"error\":\"forbidden\"");
    }

    @Test
    void aChangeSentFromAnotherSiteIsRefused() {
        HttpResponse<String> refused = coordinator().postJsonFrom("https://kwaadaardig.example",
                "/api/lines/clbchat/exceptions",
                "{\"start\":\"2027-03-05T17:00:00+01:00\",\"end\":\"2027-03-05T21:00:00+01:00\",\"kind\":\"open\",\"reason\":\"x\"}");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("\"error\":\"cross-origin\"");
        assertThat(anonymous.get("/api/lines/clbchat/status?at=2027-03-05T18:00:00%2B01:00").body())
                .contains("\"open\":false");
    }

    @ParameterizedTest
    @CsvSource({"/api/lines/clbchat/opening-hours?from=3000-09-01&to=3000-09-02",
            "/api/lines/clbchat/status?at=3000-09-01T12:00:00Z",
            "/api/lines/clbchat/opening-hours?from=1999-12-31&to=2000-01-01"})
    void datesOutsideTheCenturiesWeServeAreA400(String path) {
        HttpResponse<String> response = anonymous.get(path);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"error\":\"out-of-range\"");
    }

    @Test
    void programsUseHttpBasic() {
        HttpResponse<String> anonymousCall = anonymous.get("/api/lines/clbchat/exceptions");
        assertThat(anonymousCall.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic realm=\"CLBch@t\""));
        assertThat(anonymousCall.body()).contains("\"error\":\"not-logged-in\"");

        assertThat(Staff.withBasic("demo-coordinator", "demo-coordinator").get("/api/lines/clbchat/exceptions")
                .body()).contains("\"line\":\"clbchat\"").contains("\"exceptions\":");

        HttpResponse<String> wrongPassword = Staff.withBasic("demo-coordinator", "fout-wachtwoord")
                .get("/api/lines/clbchat/exceptions");
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(wrongPassword.body()).doesNotContain("\"exceptions\"");

        assertThat(Staff.withBasic("demo-operator", "demo-operator").get("/api/lines/clbchat/exceptions")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void anExtraFridayOpeningShowsAtOnceAndGoesAwayWhenRemoved() {
        Staff coordinator = coordinator();
        String friday = "/api/lines/clbchat/status?at=2027-03-05T18:00:00%2B01:00";
        assertThat(anonymous.get(friday).body()).contains("\"open\":false");

        HttpResponse<String> created = coordinator.postJson("/api/lines/clbchat/exceptions",
                "{\"start\":\"2027-03-05T17:00:00+01:00\",\"end\":\"2027-03-05T21:00:00+01:00\","
                        + "\"kind\":\"open\",\"reason\":\"Extra vrijdag na een incident\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        String id = firstGroup(created.body(), "\"id\":(\\d+)");
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/lines/clbchat/exceptions/" + id));
        try {
            assertThat(anonymous.get(friday).body()).contains("\"open\":true")
                    .contains("\"closesAt\":\"2027-03-05T21:00:00+01:00\"");
            assertThat(anonymous.get("/api/lines/clbchat/opening-hours?from=2027-03-05&to=2027-03-05").body())
                    .contains("extra opening: Extra vrijdag na een incident");
            assertThat(coordinator.get("/api/lines/clbchat/exceptions").body())
                    .contains("\"id\":" + id).contains("\"kind\":\"open\"");
        } finally {
            assertThat(coordinator.delete("/api/lines/clbchat/exceptions/" + id).statusCode()).isEqualTo(204);
        }
        assertThat(anonymous.get(friday).body()).contains("\"open\":false");
        assertThat(coordinator.delete("/api/lines/clbchat/exceptions/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void anExtraClosureBeatsTheHoursAtOnce() {
        Staff coordinator = coordinator();
        String monday = "/api/lines/clbchat/status?at=2027-03-08T18:00:00%2B01:00";
        assertThat(anonymous.get(monday).body()).contains("\"open\":true");

        HttpResponse<String> created = coordinator.postJson("/api/lines/clbchat/exceptions",
                "{\"start\":\"2027-03-08T00:00:00+01:00\",\"end\":\"2027-03-09T00:00:00+01:00\","
                        + "\"kind\":\"closed\",\"reason\":\"Opleidingsdag\"}");
        String id = firstGroup(created.body(), "\"id\":(\\d+)");
        try {
            assertThat(anonymous.get(monday).body()).contains("\"open\":false")
                    .contains("\"nextOpening\":\"2027-03-09T17:00:00+01:00\"");
        } finally {
            coordinator.delete("/api/lines/clbchat/exceptions/" + id);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"start\":\"2027-03-05T21:00:00+01:00\",\"end\":\"2027-03-05T17:00:00+01:00\",\"kind\":\"open\",\"reason\":\"x\"} | invalid-range",
            "{\"start\":\"2027-03-05T17:00:00+01:00\",\"end\":\"2027-03-05T21:00:00+01:00\",\"kind\":\"misschien\",\"reason\":\"x\"} | invalid-kind",
            "{\"start\":\"2027-03-05T17:00:00+01:00\",\"end\":\"2027-03-05T21:00:00+01:00\",\"kind\":\"open\",\"reason\":\"  \"} | invalid-reason",
            "{\"start\":\"gisteren\",\"end\":\"2027-03-05T21:00:00+01:00\",\"kind\":\"open\",\"reason\":\"x\"} | invalid-instant",
            "{\"end\":\"2027-03-05T21:00:00+01:00\",\"kind\":\"open\",\"reason\":\"x\"} | invalid-exception",
            "{niet json | invalid-json",
            // Before CLBch@t's first rule set (1 February 2016).
            "{\"start\":\"2015-06-01T17:00:00+02:00\",\"end\":\"2015-06-01T21:00:00+02:00\",\"kind\":\"open\",\"reason\":\"x\"} | outside-rule-sets",
    })
    void aBadExceptionIsRefusedAndNothingIsStored(String body, String code) {
        Staff coordinator = coordinator();
        String before = coordinator.get("/api/lines/clbchat/exceptions").body();

        HttpResponse<String> refused = coordinator.postJson("/api/lines/clbchat/exceptions", body);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"error\":\"" + code + "\"");
        assertThat(coordinator.get("/api/lines/clbchat/exceptions").body()).isEqualTo(before);
    }

    private static Staff coordinator() {
        return Staff.loggedIn("/operator/", "demo-coordinator", "demo-coordinator");
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static String firstGroup(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("%s in %s", regex, text).isTrue();
        return matcher.group(1);
    }
}
