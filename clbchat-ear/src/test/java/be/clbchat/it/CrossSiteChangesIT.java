package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every change the REST API takes (each POST, PUT and DELETE of every resource) is refused when a browser sends it from
 * another site — a logged-in member of staff on a hostile page — and reaches its resource from the site's own pages.
 * The ids are ones that do not exist, so that the own-site request changes nothing (it is answered 400 or 404).
 */
class CrossSiteChangesIT {

    private static final String JSON = "application/json";

    @ParameterizedTest(name = "{1} {2} as {0}")
    @CsvSource(delimiter = '|', value = {
        "demo-operator    | POST   | /api/shifts/999999999/sign-up              | " + JSON + " | {}",
        "demo-operator    | DELETE | /api/shifts/999999999/sign-up              |              |",
        "demo-operator    | POST   | /api/shifts/calendar                       | " + JSON + " | {}",
        "demo-operator    | DELETE | /api/shifts/calendar                       |              |",
        "demo-admin       | POST   | /api/clbs/import                           | text/csv     | niet;een;lijst",
        "demo-noord-admin | POST   | /api/clbs/demo-clb-noord/boxes             | " + JSON + " | {}",
        "demo-noord-admin | PUT    | /api/clbs/demo-clb-noord/boxes/bestaat-niet | " + JSON + " | {}",
        "demo-operator    | PUT    | /api/chats/bestaat-niet/registration       | " + JSON + " | {}",
        "demo-coordinator | PUT    | /api/fake-calls/bestaat-niet               | " + JSON + " | {}",
        "demo-coordinator | POST   | /api/fake-calls/bestaat-niet/block         | " + JSON + " | {}",
        "demo-coordinator | DELETE | /api/fake-calls/blocks/999999999           |              |",
        "demo-coordinator | POST   | /api/lines/clbchat/exceptions              | " + JSON + " | {}",
        "demo-coordinator | DELETE | /api/lines/clbchat/exceptions/999999999    |              |",
        "demo-coordinator | POST   | /api/chatscans/draw?period=nooit          |              |",
        "demo-coordinator | POST   | /api/chatscans/999999999/feedback         | " + JSON + " | {}",
        "demo-operator    | POST   | /api/chatscans/requests                   | " + JSON + " | {}",
        "demo-operator    | PUT    | /api/chatscans/999999999/answer           | " + JSON + " | {}",
        "demo-operator    | PUT    | /api/support/999999999/note               | " + JSON + " | {}",
        "demo-operator    | POST   | /api/support/999999999/close              |              |"})
    void aChangeFromAnotherSiteIsRefusedAndOneFromTheSiteItselfIsNot(String who, String method, String path,
                                                                      String contentType, String body) {
        Staff staff = Staff.withBasic(who, who);

        HttpResponse<String> refused = staff.requestFrom("https://kwaadaardig.example", method, path, contentType,
                body);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(ChatFixtures.json(refused.body()).getString("error")).isEqualTo("cross-origin");
        assertThat(ChatFixtures.json(refused.body()).getString("message"))
                .isEqualTo("Deze wijziging komt van een andere website en werd geweigerd.");

        if (!"/api/shifts/calendar".equals(path)) { // the site's own would make or revoke the operator's feed
            HttpResponse<String> own = staff.requestFrom(ItServer.baseUrl(), method, path, contentType, body);
            assertThat(own.body()).as("from the site itself").doesNotContain("cross-origin");
            assertThat(own.statusCode()).as(own.body()).isIn(400, 404);
        }
    }
}
