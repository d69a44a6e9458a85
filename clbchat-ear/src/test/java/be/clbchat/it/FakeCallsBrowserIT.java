package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A coordinator reviews an operator's "vermoedelijke nepoproep" on the page, accepts it with a note and blocks the
 * browser; that pupil's phone then gets the kind, neutral answer with other helplines. The coordinators' list of
 * chats still to register shows who has some.
 */
class FakeCallsBrowserIT {

    static long opening;
    static Staff kim;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    static void lineOpenAndAnOperator() {
        opening = ChatFixtures.exception("open");
        kim = ChatFixtures.operator("it-op-fake-page", "Pagina-Kim");
    }

    @AfterAll
    static void lineBackToItsHours() {
        ChatFixtures.removeException(opening);
    }

    @BeforeEach
    void open() {
        ChatFixtures.quietEvening();
        browser = Browser.start(Browser.DESKTOP);
        wait = Browser.waitFor(browser);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private WebElement row(String table, String text) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[@id='" + table + "']//tr[contains(., '" + text + "')]")));
    }

    @Test
    void aCoordinatorAcceptsAMarkBlocksTheBrowserAndThatPupilIsToldKindlyWhereElseToGo() {
        String key = FakeCallerIT.newKey();
        String unique = "Lacht en stopt " + (System.nanoTime() % 100_000);
        FakeCallerIT.registeredChat(kim, key, true, unique);

        Browser.logInToAdmin(browser, wait, "/admin/nepoproepen/index.xhtml", "demo-coordinator", "demo-coordinator");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Nepoproepen"));
        WebElement pending = row("pending-form:pending", unique);
        assertThat(pending.getText()).contains("Pagina-Kim").contains("Pesten en cyberpesten");
        Browser.assertNoAccessibilityProblems(browser);

        pending.findElement(By.cssSelector("button[id$=':accept']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Schrijf een korte notitie"));
        String note = "Stuurt grapjes, " + unique;
        WebElement noteField = row("pending-form:pending", unique).findElement(By.cssSelector("textarea[id$=':note']"));
        noteField.sendKeys(note);
        row("pending-form:pending", unique).findElement(By.cssSelector("button[id$=':accept']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Melding aanvaard"));
        WebElement active = row("active-form:active", note);
        assertThat(active.getText()).contains("demo-coordinator");
        assertThat(browser.findElement(By.id("pending-form")).getText()).doesNotContain(unique);

        active.findElement(By.cssSelector("input[id$=':block-note']")).sendKeys("Elke avond, " + unique);
        active.findElement(By.cssSelector("button[id$=':block']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Geblokkeerd tot"));
        assertThat(row("blocks-form:blocks", "Elke avond, " + unique).getText()).contains("demo-coordinator");
        assertThat(row("active-form:active", note).getText()).contains("geblokkeerd");
        Browser.assertNoAccessibilityProblems(browser);

        WebDriver phone = Browser.start(Browser.PHONE);
        try {
            WebDriverWait onPhone = Browser.waitFor(phone);
            phone.get(ItServer.baseUrl() + "/chat.html");
            ((JavascriptExecutor) phone).executeScript("localStorage.setItem('clbchat.pseudonym', arguments[0]);", key);
            phone.navigate().refresh();
            onPhone.until(ExpectedConditions.visibilityOfElementLocated(By.id("nickname"))).sendKeys("Weer ik");
            phone.findElement(By.cssSelector("label[for=role-pupil]")).click();
            phone.findElement(By.id("start")).click();
            onPhone.until(ExpectedConditions.visibilityOfElementLocated(By.id("unavailable")));
            String shown = phone.findElement(By.id("unavailable")).getText();
            assertThat(shown).contains("Een gesprek starten lukt nu niet.").contains("1813").contains("102")
                    .contains("112").doesNotContain("geblokkeerd").doesNotContain("nepoproep");
            Browser.assertNoAccessibilityProblems(phone);
        } finally {
            phone.quit();
        }
    }

    @Test
    void theCoordinatorsSeeTheChatsStillToRegisterPerOperator() {
        try (ChatSocket console = ChatIT.available(kim); ChatSocket visitor = ChatSocket.visitor()) {
            String chatId = FakeCallerIT.takeChat(console, visitor, FakeCallerIT.newKey()).getString("chatId");
            console.send("{\"type\":\"end\",\"chatId\":\"%s\"}", chatId);
            console.next("ended");
        }
        Browser.logInToAdmin(browser, wait, "/admin/registraties/index.xhtml", "demo-coordinator", "demo-coordinator");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Nog te registreren"));
        assertThat(browser.findElement(By.id("per-operator")).getText()).contains("Pagina-Kim");
        assertThat(row("unregistered", "Pagina-Kim").getText()).contains("CLBch@t").contains("net");
        Browser.assertNoAccessibilityProblems(browser);
    }

    @Test
    void theOperatorReadsTheCautionAboveTheChatAndThePupilSeesNothingOfIt() {
        String key = FakeCallerIT.newKey();
        String note = "Vraagt steeds naar pizza " + (System.nanoTime() % 100_000);
        String marked = FakeCallerIT.registeredChat(kim, key, true, "Intern.");
        assertThat(ChatFixtures.coordinator().putJson("/api/fake-calls/" + marked,
                "{\"decision\":\"accept\",\"note\":\"" + note + "\"}").statusCode()).isEqualTo(200);
        ChatFixtures.quietEvening(); // the set-up left the operator available

        Browser.availableInConsole(browser, wait, ItServer.baseUrl(), "it-op-fake-page", "Pagina-Kim");

        WebDriver phone = Browser.start(Browser.PHONE);
        try {
            WebDriverWait onPhone = Browser.waitFor(phone);
            phone.get(ItServer.baseUrl() + "/chat.html");
            ((JavascriptExecutor) phone).executeScript("localStorage.setItem('clbchat.pseudonym', arguments[0]);", key);
            phone.navigate().refresh();
            onPhone.until(ExpectedConditions.visibilityOfElementLocated(By.id("nickname"))).sendKeys("Terug");
            phone.findElement(By.cssSelector("label[for=role-pupil]")).click();
            phone.findElement(By.id("start")).click();
            onPhone.until(ExpectedConditions.visibilityOfElementLocated(By.id("waiting")));

            wait.until(ExpectedConditions.elementToBeClickable(By.id("accept-next"))).click();
            WebElement caution = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".chat-panel .caution-notice")));
            assertThat(caution.getText()).startsWith("Eerder één keer als mogelijke nepoproep gemarkeerd")
                    .contains(note).contains("alleen jij ziet dit");
            Browser.assertNoAccessibilityProblems(browser);

            onPhone.until(ExpectedConditions.textToBe(By.id("operator-alias"), "Pagina-Kim"));
            assertThat(phone.findElement(By.tagName("body")).getText()).doesNotContain(note)
                    .doesNotContain("nepoproep");
        } finally {
            phone.quit();
        }
    }
}
