package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A console left open must not outlive its login (issue 16). */
class StaffSessionIT {

    /**
     * A session id known before the login (one planted in the browser, say) opens nothing after it: the login gives
     * the session a new id. On the admin pages, which keep their login in the session, the old id would otherwise be
     * logged in.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"/admin/, /admin/login.xhtml, /admin/j_security_check, CLBCHAT_ADMIN_SESSION, demo-coordinator",
        "/operator/, /login.xhtml, /j_security_check, CLBCHAT_SESSION, demo-operator"})
    void theSessionIdChangesAtLogin(String page, String loginPage, String check, String cookie, String username) {
        Staff browser = Staff.anonymous();
        assertThat(browser.get(page).statusCode()).isEqualTo(302);
        assertThat(browser.get(loginPage).statusCode()).isEqualTo(200);
        String before = browser.cookie(cookie).orElseThrow(() -> new AssertionError("no " + cookie + " before"));

        HttpResponse<String> login = browser.postForm(check, "j_username", username, "j_password", username);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("fout");
        assertThat(browser.cookie(cookie)).get().as("the session id after the login").isNotEqualTo(before);
        assertThat(browser.get(page).statusCode()).isEqualTo(200);

        Staff planted = Staff.withCookies(Map.of(cookie, before));
        assertThat(planted.get(page).statusCode()).as("the id known before the login").isEqualTo(302);
    }

    @Test
    void loggingOutClosesTheOperatorSocketsOfThatLoginAndNoOther() {
        Staff desk = ChatFixtures.operator("it-op-leaves", "Ilse");
        Staff laptop = Staff.loggedIn("/operator/", "it-op-leaves", "demo-operator");
        try (ChatSocket console = ChatSocket.operator(desk); ChatSocket secondTab = ChatSocket.operator(desk);
             ChatSocket elsewhere = ChatSocket.operator(laptop)) {
            console.next("welcome");
            secondTab.next("welcome");
            elsewhere.next("welcome");

            desk.postForm("/uitloggen");

            assertThat(console.closeCode()).as("closed with the login").isEqualTo(1008);
            assertThat(secondTab.closeCode()).isEqualTo(1008);
            elsewhere.send("{\"type\":\"ping\"}");
            elsewhere.next("pong");
            assertThat(elsewhere.closed).as("another login of the same person goes on").isNotDone();
            assertThat(ChatSocket.refusedHandshake(desk, "/ws/operator", null)).as("no new socket on the old login")
                    .isIn(302, 401, 403);
        }
    }

    /** The admin pages and the console share one sign-on: "Afmelden" on an admin page ends the console's sockets too. */
    @Test
    void loggingOutOfTheAdminPagesClosesTheConsoleSocketsOfThatLogin() {
        // An operator who is also a coordinator, with both roles before the first login (roles are read at login).
        String username = "it-op-coord-" + Long.toString(System.nanoTime(), 36);
        ChatFixtures.sql("INSERT INTO staff_account (username, display_name, password_hash, active, created_at)"
                + " SELECT ?, 'IT coordinator', password_hash, TRUE, NOW() FROM staff_account"
                + " WHERE username = 'demo-operator'", username);
        ChatFixtures.sql("INSERT INTO staff_account_role (username, role) VALUES (?, 'operator'), (?, 'coordinator')",
                username, username);
        Staff desk = Staff.loggedIn("/operator/", username, "demo-operator");
        try (ChatSocket console = ChatSocket.operator(desk)) {
            console.next("welcome");
            java.net.http.HttpResponse<String> dashboard = desk.open("/admin/");
            assertThat(dashboard.statusCode()).isEqualTo(200);
            assertThat(dashboard.body()).as("the dashboard at " + dashboard.uri()).contains("<form id=\"menu\"");
            String form = dashboard.body().substring(dashboard.body().indexOf("<form id=\"menu\""));
            form = form.substring(0, form.indexOf("</form>"));
            assertThat(form).contains("id=\"menu:logout\"");
            // What a browser posts for the form: its hidden fields (view state, PrimeFaces' nonce) and the button.
            java.util.List<String> fields = new java.util.ArrayList<>(java.util.List.of("menu:logout", ""));
            java.util.regex.Matcher hidden = java.util.regex.Pattern
                    .compile("<input[^>]*type=\"hidden\"[^>]*>").matcher(form);
            while (hidden.find()) {
                java.util.regex.Matcher name = java.util.regex.Pattern.compile("name=\"([^\"]+)\"").matcher(hidden.group());
                java.util.regex.Matcher value = java.util.regex.Pattern.compile("value=\"([^\"]*)\"")
                        .matcher(hidden.group());
                if (name.find()) {
                    fields.add(name.group(1));
                    fields.add(value.find() ? value.group(1).replace("&amp;", "&") : "");
                }
            }
            assertThat(fields).contains("jakarta.faces.ViewState");

            java.net.http.HttpResponse<String> loggedOut = desk.postForm(dashboard.uri().getRawPath(),
                    fields.toArray(String[]::new));
            assertThat(loggedOut.statusCode()).isEqualTo(302);
            assertThat(loggedOut.headers().firstValue("Location").orElse("")).contains("uitgelogd");

            assertThat(console.closeCode()).as("the console closed with the login").isEqualTo(1008);
        }
    }

    @Test
    void everyLoginGetsItsOwnKeyAndACopiedOneIsRefusedAfterTheLogout() {
        Staff browser = Staff.loggedIn("/operator/", "demo-operator", "demo-operator");
        String sso = browser.cookie("CLBCHAT_SSO").orElseThrow();
        String other = Staff.loggedIn("/operator/", "demo-operator", "demo-operator").cookie("CLBCHAT_SSO")
                .orElseThrow();
        assertThat(other).as("a new key at every login: none planted before it is kept").isNotEqualTo(sso);

        Staff thief = Staff.withCookies(java.util.Map.of("CLBCHAT_SSO", sso));
        assertThat(thief.get("/api/canned-texts").statusCode()).as("the copy works while the login lasts")
                .isEqualTo(200);
        browser.postForm("/uitloggen");
        assertThat(thief.get("/api/canned-texts").statusCode()).as("the copied cookie after the logout")
                .isIn(302, 401, 403);
        assertThat(thief.get("/operator/").statusCode()).isEqualTo(302);
    }

    /** A hash as Jakarta Security writes it (algorithm:iterations:salt:hash), with few iterations, as older ones were. */
    private static String weakHash(String password) throws Exception {
        byte[] salt = new byte[32];
        new java.security.SecureRandom().nextBytes(salt);
        byte[] hash = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(
                new javax.crypto.spec.PBEKeySpec(password.toCharArray(), salt, 2048, 256)).getEncoded();
        java.util.Base64.Encoder base64 = java.util.Base64.getEncoder();
        return "PBKDF2WithHmacSHA256:2048:" + base64.encodeToString(salt) + ":" + base64.encodeToString(hash);
    }

    @Test
    void aWeakPasswordHashIsMadeStrongAtTheNextLoginAndNewOnesAreStrong() throws Exception {
        // Its own name per run: a verified Basic login is remembered for a minute.
        String name = "it-old-hash-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        ChatFixtures.sql("INSERT IGNORE INTO staff_account (username, display_name, password_hash, active, created_at)"
                + " VALUES (?, 'IT old hash', ?, TRUE, NOW())", name, weakHash("een oud maar goed wachtwoord"));
        ChatFixtures.sql("INSERT IGNORE INTO staff_account_role (username, role) VALUES (?, 'operator')", name);
        assertThat(ChatFixtures.text("SELECT password_hash FROM staff_account WHERE username = ?", name))
                .startsWith("PBKDF2WithHmacSHA256:2048:");

        Staff program = Staff.withBasic(name, "een oud maar goed wachtwoord");
        assertThat(program.get("/api/canned-texts").statusCode()).as("the old hash still verifies").isEqualTo(200);
        assertThat(ChatFixtures.text("SELECT password_hash FROM staff_account WHERE username = ?", name))
                .as("made strong at that login").startsWith("PBKDF2WithHmacSHA256:600000:");
        assertThat(program.get("/api/canned-texts").statusCode()).as("and it verifies after").isEqualTo(200);
        assertThat(Staff.withBasic(name, "een oud maar fout wachtwoord").get("/api/canned-texts")
                .statusCode()).isEqualTo(401);

        Staff.loggedIn("/operator/", "demo-operator", "demo-operator");
        assertThat(ChatFixtures.text("SELECT password_hash FROM staff_account WHERE username = 'demo-operator'"))
                .as("every hash made now").startsWith("PBKDF2WithHmacSHA256:600000:");
    }
}
