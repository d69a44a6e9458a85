package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Who may open what: the login wall in front of /admin and /operator, as a browser meets it. */
class AccessRulesIT {

    private static final String DASHBOARD_DATA = "Accounts per rol";

    @Test
    void anAnonymousVisitorOfAdminGetsTheLoginPageAndNoData() {
        Staff anonymous = Staff.anonymous();

        HttpResponse<String> first = anonymous.get("/admin/");
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/admin/login.xhtml"));

        HttpResponse<String> page = anonymous.open("/admin/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("aanmelden").contains("j_security_check")
                .doesNotContain(DASHBOARD_DATA).doesNotContain("CLBch@t</td>");
    }

    @Test
    void anAnonymousVisitorOfTheOperatorConsoleGetsTheLoginPage() {
        HttpResponse<String> page = Staff.anonymous().open("/operator/");

        assertThat(page.body()).contains("Aanmelden voor medewerkers").doesNotContain("Welkom,");
    }

    @Test
    void theDemoAdminSeesTheDashboard() {
        Staff admin = Staff.loggedIn("/admin/", "demo-admin", "demo-admin");

        HttpResponse<String> dashboard = admin.open("/admin/");

        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("<h1>Dashboard</h1>").contains(DASHBOARD_DATA)
                .contains("Chatmedewerkers").contains("CLBch@t");
    }

    @Test
    void theInitialAdminFromTheConfigurationCanLogIn() {
        HttpResponse<String> dashboard = Staff.loggedIn("/admin/", "it-initial-admin", "it-initial-admin-password")
                .open("/admin/");

        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("<h1>Dashboard</h1>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo-coordinator", "demo-clb-admin"})
    void coordinatorsAndClbAdminsMayOpenTheAdmin(String account) {
        HttpResponse<String> dashboard = Staff.loggedIn("/admin/", account, account).open("/admin/");

        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("<h1>Dashboard</h1>");
    }

    @Test
    void anOperatorCannotOpenTheAdmin() {
        Staff operator = Staff.loggedIn("/admin/", "demo-operator", "demo-operator");

        HttpResponse<String> refused = operator.open("/admin/");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Deze pagina is niet voor jouw rol").doesNotContain(DASHBOARD_DATA)
                .contains("aangemeld als <strong>demo-operator</strong> (operator)")
                .contains("href=\"/operator/\"").contains("Afmelden");
    }

    @Test
    void aClbAdminCannotEditTheOpeningHoursOfClbchat() {
        Staff clbAdmin = Staff.loggedIn("/admin/openingsuren/uitzonderingen.xhtml", "demo-clb-admin", "demo-clb-admin");

        HttpResponse<String> refused = clbAdmin.open("/admin/openingsuren/uitzonderingen.xhtml");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("Extra openingen en sluitingen")
                .contains("aangemeld als <strong>demo-clb-admin</strong> (CLB-beheerder)")
                .contains("De boxen van je CLB").contains("Afmelden");
    }

    /** Every page of the coordination team, walked with a CLB's admin: each refused, none of its content shown. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/admin/openingsuren/regels.xhtml          | <h1>Openingsuren per week</h1>",
        "/admin/openingsuren/schoolvakanties.xhtml | <h1>Schoolvakanties</h1>",
        "/admin/openingsuren/uitzonderingen.xhtml  | <h1>Extra openingen en sluitingen</h1>",
        "/admin/hulpmiddelen/index.xhtml           | <h1>Hulpmiddelen online</h1>",
        "/admin/hulpmiddelen/bewerk.xhtml          | <h1>Nieuw hulpmiddel</h1>",
        "/admin/hulpmiddelen/lijsten.xhtml         | <h1>Volgorde van de favorietenlijsten</h1>",
        "/admin/rooster/index.xhtml                | <h1>Rooster</h1>",
        "/admin/rooster/operatoren.xhtml           | <h1>Operatoren</h1>",
        "/admin/rooster/sjablonen.xhtml            | <h1>Shiftsjablonen</h1>",
        "/admin/rooster/voorstel.xhtml             | <h1>Voorstel van rooster</h1>",
        "/admin/clbs/index.xhtml                   | <h1>CLB",
        "/admin/themas/index.xhtml                 | <h1>Thema",
        "/admin/standaardteksten/index.xhtml       | <h1>Standaardteksten</h1>",
        "/admin/doorverbinden/index.xhtml          | <h1>Doorverbinden</h1>",
        "/admin/nepoproepen/index.xhtml            | <h1>Nepoproepen</h1>",
        "/admin/kwaliteit/chatscan.xhtml           | <h1>Chatscan</h1>"})
    void aClbAdminIsRefusedOnEveryPageOfTheCoordinationTeam(String page, String headingOfThePage) {
        Staff coordinator = Staff.loggedIn(page, "demo-coordinator", "demo-coordinator");
        HttpResponse<String> seen = coordinator.open(page);
        assertThat(seen.statusCode()).as("the coordinator's own page").isEqualTo(200);
        assertThat(seen.body()).contains(headingOfThePage);

        Staff clbAdmin = Staff.loggedIn(page, "demo-clb-admin", "demo-clb-admin");
        HttpResponse<String> refused = clbAdmin.open(page);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain(headingOfThePage)
                .contains("aangemeld als <strong>demo-clb-admin</strong> (CLB-beheerder)");
    }

    /** The audit log of transcript reads: an admin's page; a coordinator or a CLB's admin sees nothing of it. */
    @Test
    void onlyAnAdminOpensTheAuditLog() {
        Staff admin = Staff.loggedIn("/admin/audit/index.xhtml", "demo-admin", "demo-admin");
        assertThat(admin.open("/admin/audit/index.xhtml").body()).contains("<h1>Auditlog: wie las welk gesprek</h1>");
        assertThat(admin.open("/admin/audit/download").body()).startsWith("\uFEFFGelezen op;Door;Gesprek;Chatlijn;Reden");
        for (String who : List.of("demo-coordinator", "demo-clb-admin")) {
            Staff other = Staff.loggedIn("/admin/audit/index.xhtml", who, who);
            for (String page : List.of("/admin/audit/index.xhtml", "/admin/audit/download")) {
                HttpResponse<String> refused = other.open(page);
                assertThat(refused.statusCode()).as(who + " " + page).isEqualTo(403);
                assertThat(refused.body()).doesNotContain("Auditlog").doesNotContain("Gelezen op");
            }
        }
    }

    /**
     * A refusal does not cost the login: after "Geen toegang" the next page opens. With the refusal page a Faces page
     * (which made the session), the next request was sent to log in again now and then — 15 in 960 requests of a
     * loop like this one, 0 in 960 with the plain page; 50 fresh logins here catch a rate like that nineteen times in
     * twenty.
     */
    @Test
    void aRefusedPageDoesNotCostTheLoginAtTheNextClick() {
        for (int round = 0; round < 50; round++) {
            Staff coordinator = Staff.loggedIn("/admin/audit/index.xhtml", "demo-coordinator", "demo-coordinator");
            assertThat(coordinator.get("/admin/audit/index.xhtml").statusCode()).isEqualTo(403);
            HttpResponse<String> next = coordinator.get("/admin/");
            assertThat(next.statusCode()).as("round %d: the dashboard after a refusal, not the login page", round)
                    .isEqualTo(200);
        }
    }

    @Test
    void anAdminWhoIsNoOperatorCannotOpenTheOperatorConsole() {
        Staff admin = Staff.loggedIn("/operator/", "demo-admin", "demo-admin");

        HttpResponse<String> refused = admin.open("/operator/");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Deze pagina is niet voor jouw rol").doesNotContain("Welkom,")
                .contains("aangemeld als <strong>demo-admin</strong> (beheerder")
                .contains("href=\"/admin/\"").contains("action=\"/uitloggen\"");
    }

    @Test
    void anOperatorOpensTheOperatorConsoleUnderTheirOwnName() {
        HttpResponse<String> console = Staff.loggedIn("/operator/", "demo-operator", "demo-operator")
                .open("/operator/");

        assertThat(console.statusCode()).isEqualTo(200);
        assertThat(console.body()).contains("Welkom, <span id=\"operator-name\">demo-operator</span>");
    }

    @Test
    void aWrongPasswordShowsAnErrorAndNoData() {
        Staff staff = Staff.anonymous();
        staff.get("/admin/");

        HttpResponse<String> rejected = staff.postForm("/admin/j_security_check",
                "j_username", "demo-admin", "j_password", "not-the-password");
        assertThat(rejected.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/admin/login.xhtml?fout=1"));

        HttpResponse<String> page = staff.open("/admin/login.xhtml?fout=1");
        assertThat(page.body()).contains("Die gebruikersnaam of dat wachtwoord klopt niet")
                .doesNotContain(DASHBOARD_DATA);
        assertThat(staff.open("/admin/").body()).doesNotContain(DASHBOARD_DATA);
    }

    @Test
    void afterLoggingOutTheConsoleAsksToLogInAgain() {
        Staff operator = Staff.loggedIn("/operator/", "demo-operator", "demo-operator");
        assertThat(operator.open("/operator/").body()).contains("Welkom,");

        HttpResponse<String> loggedOut = operator.postForm("/uitloggen");
        assertThat(loggedOut.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/login.xhtml?uitgelogd=1"));

        HttpResponse<String> again = operator.get("/operator/");
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(operator.open("/operator/").body()).doesNotContain("Welkom,");
    }

    @Test
    void sessionAndLoginCookiesAreHttpOnlyAndSameSite() {
        Staff staff = Staff.anonymous();
        staff.get("/admin/");
        HttpResponse<String> login = staff.postForm("/admin/j_security_check",
                "j_username", "demo-admin", "j_password", "demo-admin");
        HttpResponse<String> dashboard = staff.get("/admin/");

        List<String> setCookies = new java.util.ArrayList<>(login.headers().allValues("Set-Cookie"));
        setCookies.addAll(dashboard.headers().allValues("Set-Cookie"));
        assertThat(setCookies).isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).contains("HttpOnly").containsPattern("SameSite=(Lax|Strict)"));
        assertThat(setCookies).anySatisfy(cookie -> assertThat(cookie).startsWith("CLBCHAT_SSO="));
        // The admin pages' session cookie is their own, on their own path (the console's would replace it on "/").
        assertThat(setCookies).anySatisfy(cookie -> assertThat(cookie).startsWith("CLBCHAT_ADMIN_SESSION=")
                .containsIgnoringCase("Path=/admin"));
        assertThat(setCookies).noneSatisfy(cookie -> assertThat(cookie).startsWith("CLBCHAT_SESSION="));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/lines", "/admin/login.xhtml", "/login.xhtml"})
    void everyResponseCarriesTheSecurityHeaders(String path) {
        HttpResponse<String> response = Staff.anonymous().get(path);

        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("script-src 'self'"));
    }
}
