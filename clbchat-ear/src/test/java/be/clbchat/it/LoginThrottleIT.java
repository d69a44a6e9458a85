package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guessing a staff password (issue 16): 50 wrong passwords over HTTP Basic and the forms are throttled after a handful,
 * the right one is then refused until the lock ends, and nothing tells a wrong username from a wrong password.
 * Each run uses its own usernames: a lock lasts a quarter of an hour, longer than the suite.
 */
class LoginThrottleIT {

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    /** An operator account with the demo operator's password hash, so with its password. */
    private static void account(String username) {
        ChatFixtures.sql("INSERT IGNORE INTO staff_account (username, display_name, password_hash, active, created_at)"
                + " SELECT ?, 'IT guessed', password_hash, TRUE, NOW() FROM staff_account"
                + " WHERE username = 'demo-operator'", username);
        ChatFixtures.sql("INSERT IGNORE INTO staff_account_role (username, role) VALUES (?, 'operator')", username);
    }

    private static List<Integer> guesses(String username, int times) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            statuses.add(Staff.withBasic(username, "raad-" + i).get("/api/canned-texts").statusCode());
        }
        return statuses;
    }

    @Test
    void fiftyWrongPasswordsOverBasicAreThrottledAfterFiveAndTheRightOneWaitsToo() {
        account("it-guessed-basic-" + RUN);
        assertThat(Staff.withBasic("it-guessed-basic-" + RUN, "demo-operator").get("/api/canned-texts").statusCode())
                .as("the account works").isEqualTo(200);

        List<Integer> statuses = guesses("it-guessed-basic-" + RUN, 50);
        assertThat(statuses.subList(0, 5)).containsOnly(401);
        assertThat(statuses.subList(5, 50)).as("locked after five").containsOnly(429);

        HttpResponse<String> right = Staff.withBasic("it-guessed-basic-" + RUN, "demo-operator").get("/api/canned-texts");
        assertThat(right.statusCode()).as("the right password during the lock").isEqualTo(429);
        assertThat(right.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(60L, 900L));
        JsonObject body = ChatFixtures.json(right.body());
        assertThat(body.getString("error")).isEqualTo("too-many-attempts");
        assertThat(body.getString("message")).contains("Wacht een kwartier");

        assertThat(Staff.withBasic("demo-operator", "demo-operator").get("/api/canned-texts").statusCode())
                .as("a colleague on the same address is not locked").isEqualTo(200);
    }

    @Test
    void aUsernameThatDoesNotExistIsThrottledTheSameWay() {
        List<Integer> statuses = guesses("it-nobody-" + System.nanoTime(), 8);
        assertThat(statuses.subList(0, 5)).containsOnly(401);
        assertThat(statuses.subList(5, 8)).containsOnly(429);
    }

    @Test
    void theLoginFormsSayToWaitAndLetNobodyInMeanwhile() {
        for (String module : List.of("", "/admin")) {
            String username = "it-guessed-form" + module.replace('/', '-') + "-" + RUN;
            account(username);
            Staff browser = Staff.anonymous();
            browser.get(module.isEmpty() ? "/operator/" : "/admin/"); // a protected page first
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> wrong = browser.postForm(module + "/j_security_check",
                        "j_username", username, "j_password", "raad-" + i);
                assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(
                        location -> assertThat(location).contains("login.xhtml?fout=1"));
            }
            HttpResponse<String> right = browser.postForm(module + "/j_security_check",
                    "j_username", username, "j_password", "demo-operator");
            assertThat(right.headers().firstValue("Location")).as("%s: locked, the right password too", module)
                    .hasValueSatisfying(location -> assertThat(location).contains("login.xhtml?fout=wacht"));
            assertThat(browser.open(module + "/login.xhtml?fout=wacht").body())
                    .contains("Te veel mislukte aanmeldpogingen. Wacht een kwartier")
                    .doesNotContain("Die gebruikersnaam of dat wachtwoord klopt niet");
            assertThat(browser.get(module.isEmpty() ? "/api/canned-texts" : "/admin/").body())
                    .doesNotContain("IT guessed");
        }
    }
}
