package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import be.clbchat.domain.quality.ChatscanPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The chatscan in the browser, from both sides: a coordinator opens a drawn chat, reads it beside its registration,
 * is told what is missing in the form and sends the feedback; the operator finds it under "Mijn feedback", answers it
 * once and reads another chat of theirs back; the admin finds both reads in the audit log. Every page under axe.
 */
class QualityBrowserIT {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void open() {
        browser = Browser.start(Browser.DESKTOP);
        wait = Browser.waitFor(browser);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCoordinatorSendsFeedbackTheOperatorAnswersItAndTheAdminSeesEveryRead() {
        String operator = QualityIT.operator("it-qb-op");
        ChatscanPeriod period = ChatscanPeriod.containing(LocalDate.now(BRUSSELS), 1).previous();
        String scanned = QualityIT.endedChat(operator, "clbchat",
                period.end().atStartOfDay(BRUSSELS).minusHours(30).toInstant(), true);
        String recent = QualityIT.endedChat(operator, "clbchat", Instant.now().minus(3, ChronoUnit.HOURS), true);
        ChatFixtures.sql("INSERT INTO chatscan (chat_id, line_code, operator_username, period_start, origin,"
                + " created_at, state) VALUES (?, 'clbchat', ?, ?, 'DRAWN', NOW(3), 'OPEN')", scanned, operator,
                period.start().toString());
        long id = ChatFixtures.count("SELECT id FROM chatscan WHERE chat_id = ?", scanned);

        // The coordinator: the period at a glance, then the chat.
        Browser.logInToAdmin(browser, wait, "/admin/kwaliteit/chatscan.xhtml", "demo-coordinator", "demo-coordinator");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Chatscan"));
        assertThat(browser.findElement(By.id("overview")).getText()).contains(period.label()).contains(operator);
        Browser.assertNoAccessibilityProblems(browser);
        browser.findElement(By.xpath("//*[@id='scans-form:scans']//tr[contains(., '" + operator + "')]//a")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Chatscan van " + operator));
        assertThat(browser.findElement(By.id("transcript-lines")).getText())
                .contains("Ik word gepest op school.").contains("Wat vervelend. Sinds wanneer?");
        assertThat(browser.findElement(By.id("registration")).getText()).contains("Leerling");
        assertThat(QualityIT.reads(scanned, "demo-coordinator", "CHATSCAN")).isOne();
        Browser.assertNoAccessibilityProblems(browser);

        // Sent with the first item unscored: told so, nothing sent.
        List<WebElement> items = browser.findElements(By.cssSelector("fieldset.chatscan-item"));
        assertThat(items).hasSizeGreaterThanOrEqualTo(2);
        for (WebElement item : items.subList(1, items.size())) {
            item.findElement(By.xpath(".//label[normalize-space()='4']")).click();
        }
        browser.findElement(By.id("feedback-form:feedback")).sendKeys("Je bleef rustig en vroeg goed door.");
        browser.findElement(By.id("feedback-form:send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Geef \"Onthaal en contact\" een score van 1 tot 5."));
        assertThat(ChatFixtures.text("SELECT state FROM chatscan WHERE id = ?", id)).isEqualTo("OPEN");
        Browser.assertNoAccessibilityProblems(browser);

        items = browser.findElements(By.cssSelector("fieldset.chatscan-item"));
        items.get(0).findElement(By.xpath(".//label[normalize-space()='5']")).click();
        items.get(0).findElement(By.tagName("textarea")).sendKeys("Warm onthaal.");
        browser.findElement(By.id("feedback-form:send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Feedback verstuurd naar " + operator + "."));
        assertThat(browser.findElement(By.id("sent-feedback")).getText()).contains("Warm onthaal.")
                .contains("Je bleef rustig en vroeg goed door.").contains("5/5");
        assertThat(ChatFixtures.text("SELECT state FROM chatscan WHERE id = ?", id)).isEqualTo("SENT");

        // The operator: "Mijn feedback", one answer, and a chat of theirs read back.
        browser.manage().deleteAllCookies();
        browser.get(ItServer.baseUrl() + "/operator/feedback.html");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username"))).sendKeys(operator);
        browser.findElement(By.id("j_password")).sendKeys("demo-operator");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        WebElement feedback = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("feedback-" + id)));
        assertThat(feedback.getText()).contains("Chatscan van " + period.label()).contains("nieuw")
                .contains("Onthaal en contact: 5 op 5").contains("Warm onthaal.")
                .contains("Je bleef rustig en vroeg goed door.").contains("Van demo-coordinator");
        Browser.assertNoAccessibilityProblems(browser);
        browser.findElement(By.id("answer-" + id)).sendKeys("Dank je, dat helpt.");
        browser.findElement(By.id("answer-send-" + id)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("feedback-" + id),
                "Je antwoord: Dank je, dat helpt."));
        assertThat(browser.findElements(By.id("answer-" + id))).as("answered once, no second form").isEmpty();
        assertThat(ChatFixtures.text("SELECT answer FROM chatscan WHERE id = ?", id)).isEqualTo("Dank je, dat helpt.");

        browser.findElement(By.xpath("//*[@id='own-" + recent + "']//button[normalize-space()='Lees terug']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reader")));
        assertThat(browser.findElement(By.id("reader-lines")).getText()).contains("Ik word gepest op school.");
        assertThat(QualityIT.reads(recent, operator, "OWN_CHAT")).isOne();
        Browser.assertNoAccessibilityProblems(browser);

        // The admin: both reads in the log, filtered by the person.
        browser.manage().deleteAllCookies();
        Browser.logInToAdmin(browser, wait, "/admin/audit/index.xhtml", "demo-admin", "demo-admin");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Auditlog: wie las welk gesprek"));
        Browser.type(browser, "filters:reader", operator);
        browser.findElement(By.id("filters:search")).click();
        // Waited for by what only the answer shows (the count alone may have been the same before).
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reads"), recent));
        wait.until(ExpectedConditions.textToBe(By.id("count"), "1 keer gelezen"));
        assertThat(browser.findElement(By.id("reads")).getText()).contains("eigen gesprek achteraf");
        Browser.type(browser, "filters:reader", "demo-coordinator");
        Browser.type(browser, "filters:chat", scanned);
        browser.findElement(By.id("filters:search")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reads"), scanned));
        wait.until(ExpectedConditions.textToBe(By.id("count"), "1 keer gelezen"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reads"), "chatscan"));
        assertThat(browser.findElement(By.id("csv")).getAttribute("href")).contains("chat=" + scanned);
        Browser.type(browser, "filters:chat", "geen code");
        browser.findElement(By.id("filters:search")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("filters"),
                "Een gesprek heeft een code als"));
        Browser.assertNoAccessibilityProblems(browser);
    }
}
