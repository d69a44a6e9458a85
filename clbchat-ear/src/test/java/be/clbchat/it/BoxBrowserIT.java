package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The evening after an incident, in two Chromiums: a CLB's admin opens a box starting now with one colleague in its
 * team; a parent on a phone finds it, chats with that colleague and rates. CLBch@t's own operator never sees the
 * chat, and the other CLB's admin finds "niet gevonden" where the box is.
 */
class BoxBrowserIT {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private WebDriver desk;
    private WebDriver phone;

    @BeforeEach
    void browsers() {
        ChatFixtures.quietEvening();
        desk = Browser.start(Browser.DESKTOP, BRUSSELS);
        phone = Browser.start(Browser.PHONE, BRUSSELS);
    }

    @AfterEach
    void close() {
        for (WebDriver browser : new WebDriver[] {desk, phone}) {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    @Test
    void aClbOpensABoxTonightAndAParentChatsWithItsTeam() throws InterruptedException {
        WebDriverWait atDesk = Browser.waitFor(desk);
        WebDriverWait onPhone = Browser.waitFor(phone);
        String slug = ClbBoxesIT.slug("na-het-incident");
        Staff mainOperator = ChatFixtures.operator("it-op-never", "Nooit");

        Browser.logInToAdmin(desk, atDesk, "/admin/boxen/index.xhtml", "demo-noord-admin", "demo-noord-admin");
        atDesk.until(ExpectedConditions.textToBe(By.tagName("h1"), "Chat met je CLB"));
        Browser.assertNoAccessibilityProblems(desk);
        desk.findElement(By.id("new-box:create")).click();
        atDesk.until(ExpectedConditions.textToBe(By.id("box-heading"), "Nieuwe box"));
        Browser.type(desk, "box-form:title", "Praten na het incident");
        Browser.type(desk, "box-form:slug", slug);
        Browser.type(desk, "box-form:intro", "Ons team luistert vanavond naar je vragen.");
        LocalDateTime now = LocalDateTime.now(BRUSSELS).truncatedTo(ChronoUnit.MINUTES).minusMinutes(1);
        Browser.type(desk, "box-form:windows:0:start_input", TYPED.format(now));
        Browser.type(desk, "box-form:windows:0:end_input", TYPED.format(now.plusHours(2)));
        desk.findElement(By.xpath("//label[contains(., '(demo-noord-2)')]")).click();
        Browser.assertNoAccessibilityProblems(desk);
        desk.findElement(By.id("box-form:publish")).click();
        atDesk.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "gepubliceerd"));
        atDesk.until(ExpectedConditions.textToBe(By.id("box-form:state"), "Gepubliceerd"));
        String publicUrl = atDesk.until(ExpectedConditions.visibilityOfElementLocated(By.id("public-url")))
                .getAttribute("value");
        assertThat(publicUrl).endsWith("/clb/demo-clb-noord/" + slug);
        assertThat(desk.findElement(By.cssSelector(".admin-qr svg")).getAttribute("aria-label")).contains(publicUrl);
        assertThat(desk.findElement(By.id("snippet")).getAttribute("value")).contains(publicUrl);
        Browser.assertNoAccessibilityProblems(desk);
        String boxEditUrl = desk.getCurrentUrl();

        Staff colleague = Staff.loggedIn("/operator/", "demo-noord-2", "demo-noord-2");
        try (ChatSocket never = ChatIT.available(mainOperator);
             ChatSocket console = ChatSocket.operator(colleague)) {
            console.next("welcome");
            console.send("{\"type\":\"alias\",\"alias\":\"Noord-twee\"}");
            console.next("alias");
            console.send("{\"type\":\"availability\",\"available\":true}");
            console.next("availability");

            phone.get(publicUrl);
            onPhone.until(ExpectedConditions.textToBe(By.tagName("h1"), "Praten na het incident"));
            assertThat(phone.findElement(By.id("box-status-now")).getText()).startsWith("Nu open, tot ");
            Browser.assertNoAccessibilityProblems(phone);
            phone.findElement(By.id("box-start")).click();
            onPhone.until(ExpectedConditions.textToBe(By.id("intake-line"), "Je chat met Praten na het incident."));
            assertThat(phone.findElement(By.id("choice-teacher")).isDisplayed()).as("not for teachers").isFalse();
            phone.findElement(By.id("nickname")).sendKeys("Mama van Lien");
            phone.findElement(By.cssSelector("label[for=role-parent]")).click();
            phone.findElement(By.id("start")).click();
            onPhone.until(ExpectedConditions.textToBe(By.id("queue-position"), "Jij bent de volgende."));

            console.send("{\"type\":\"accept\"}");
            JsonObject chat = console.next("accepted").getJsonObject("chat");
            assertThat(chat.getString("nickname")).isEqualTo("Mama van Lien");
            onPhone.until(ExpectedConditions.textToBe(By.id("operator-alias"), "Noord-twee"));
            ChatIT.send(console, chat.getString("chatId"), "Dag, fijn dat je er bent. Waar wil je over praten?");
            onPhone.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message-list"),
                    "Waar wil je over praten?"));
            phone.findElement(By.id("message-input")).sendKeys("Mijn dochter slaapt slecht sinds het ongeval.");
            phone.findElement(By.id("send")).click();
            assertThat(console.next("message").getString("text")).contains("slaapt slecht");
            console.send("{\"type\":\"end\",\"chatId\":\"%s\"}", chat.getString("chatId"));

            onPhone.until(ExpectedConditions.visibilityOfElementLocated(By.id("rating")));
            phone.findElement(By.cssSelector("label[for=star-5]")).click();
            phone.findElement(By.id("send-rating")).click();
            onPhone.until(ExpectedConditions.visibilityOfElementLocated(By.id("thanks")));
            assertThat(phone.findElement(By.cssSelector("#thanks-home a")).getAttribute("href"))
                    .as("the way back leads to the box").endsWith("/clb/demo-clb-noord/" + slug);
            assertThat(ChatFixtures.count("SELECT rating_stars FROM chat WHERE id = ?", chat.getString("chatId")))
                    .isEqualTo(5);

            List<JsonObject> seenByClbchat = never.drain(Duration.ofMillis(500));
            assertThat(seenByClbchat).as("CLBch@t's operator never sees the box's visitor")
                    .allSatisfy(frame -> assertThat(frame.toString()).doesNotContain("Mama van Lien"));
            never.send("{\"type\":\"accept\"}");
            assertThat(never.next("error").getString("code")).isEqualTo("queue-empty");
        }

        desk.findElement(By.id("menu:logout")).click();
        atDesk.until(ExpectedConditions.urlContains("uitgelogd=1"));
        desk.get(boxEditUrl);
        atDesk.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username"))).sendKeys("demo-zuid-admin");
        desk.findElement(By.id("j_password")).sendKeys("demo-zuid-admin");
        desk.findElement(By.id("login-submit")).click();
        atDesk.until(ExpectedConditions.textToBe(By.id("not-found"), "Niet gevonden"));
        assertThat(desk.findElement(By.tagName("main")).getText()).doesNotContain("Praten na het incident");
        Browser.assertNoAccessibilityProblems(desk);
    }

    @Test
    void aClbAdminMakesAnAccountWhoseOneTimePasswordIsReplacedAtTheFirstLogin() throws Exception {
        WebDriverWait atDesk = Browser.waitFor(desk);
        WebDriverWait onPhone = Browser.waitFor(phone);
        String username = "it-noord-" + (System.nanoTime() % 1_000_000);

        Browser.logInToAdmin(desk, atDesk, "/admin/accounts/index.xhtml", "demo-noord-admin", "demo-noord-admin");
        atDesk.until(ExpectedConditions.textToBe(By.tagName("h1"), "Accounts"));
        Browser.type(desk, "account-form:displayName", "Nieuwe collega");
        Browser.type(desk, "account-form:username", "Fout Naam");
        desk.findElement(By.id("account-form:create")).click();
        atDesk.until(ExpectedConditions.textToBePresentInElementLocated(By.id("account-form"), "kleine letters"));
        Browser.type(desk, "account-form:username", username);
        desk.findElement(By.id("account-form:create")).click();
        String oneTime = atDesk.until(ExpectedConditions.visibilityOfElementLocated(By.id("one-time-password")))
                .getText();
        assertThat(oneTime).hasSize(14);
        assertThat(desk.findElement(By.id("accounts-form")).getText()).contains(username)
                .contains("CLB-medewerker").contains("wacht op nieuw wachtwoord");
        Browser.assertNoAccessibilityProblems(desk);

        phone.get(ItServer.baseUrl() + "/operator/");
        onPhone.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username"))).sendKeys(username);
        phone.findElement(By.id("j_password")).sendKeys(oneTime);
        phone.findElement(By.cssSelector("form button[type=submit]")).click();
        // The console sends whoever has a one-time password to choose their own first (on the admin's page), still
        // logged in: one sign-on for both.
        onPhone.until(ExpectedConditions.urlContains("/admin/"));
        onPhone.until(ExpectedConditions.visibilityOfElementLocated(By.id("must-change")));
        assertThat(phone.findElements(By.id("login-submit"))).as("no second login").isEmpty();
        Browser.assertNoAccessibilityProblems(phone);
        Browser.type(phone, "password-form:current", oneTime);
        Browser.type(phone, "password-form:next", "kort");
        Browser.type(phone, "password-form:repeat", "kort");
        phone.findElement(By.id("password-form:change")).click();
        onPhone.until(ExpectedConditions.textToBePresentInElementLocated(By.id("password-form"), "minstens 12"));
        Browser.type(phone, "password-form:current", oneTime);
        Browser.type(phone, "password-form:next", "1qaz2wsx3edc4rfv");
        Browser.type(phone, "password-form:repeat", "1qaz2wsx3edc4rfv");
        phone.findElement(By.id("password-form:change")).click();
        onPhone.until(ExpectedConditions.textToBePresentInElementLocated(By.id("password-form"),
                "lijst van veelgebruikte (gelekte) wachtwoorden"));
        Browser.type(phone, "password-form:current", oneTime);
        Browser.type(phone, "password-form:next", "een eigen lang wachtwoord");
        Browser.type(phone, "password-form:repeat", "een eigen lang wachtwoord");
        phone.findElement(By.id("password-form:change")).click();
        onPhone.until(ExpectedConditions.visibilityOfElementLocated(By.id("my-lines")));
        onPhone.until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-lines"),
                "Je zit in geen enkel chatteam"));

        Staff member = Staff.loggedIn("/operator/", username, "een eigen lang wachtwoord");
        ChatSocket console = ChatSocket.operator(member);
        console.next("welcome");

        desk.navigate().refresh();
        atDesk.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accounts-form"), username));
        desk.findElement(By.cssSelector("button[aria-label='" + username + " uitschakelen']")).click();
        atDesk.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "uitgeschakeld"));
        assertThat(console.closed.get(10, java.util.concurrent.TimeUnit.SECONDS))
                .as("the open console of a deactivated account closes").isEqualTo(1008);
        assertThat(member.get("/api/shifts").statusCode()).as("and its session ends").isEqualTo(401);
        Staff again = Staff.anonymous();
        again.get("/operator/");
        again.postForm("/j_security_check", "j_username", username, "j_password", "een eigen lang wachtwoord");
        assertThat(again.open("/operator/").body()).as("a deactivated account cannot log in")
                .doesNotContain("Welkom,");
    }
}
