package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An operator with two chats on a 1366×768 laptop: both send buttons on screen, a badge on the chat that got a message
 * while they typed in the other, a visitor whose line went quiet shown within seconds, and the rating afterwards.
 */
class ConsoleBrowserIT {

    static long opening;

    private WebDriver desk;
    private WebDriverWait wait;

    @BeforeAll
    static void lineOpenAndAnOperator() {
        opening = ChatFixtures.exception("open");
        ChatFixtures.operator("it-op-laptop", "Laptop");
    }

    @AfterAll
    static void lineBackToItsHours() {
        ChatFixtures.removeException(opening);
    }

    @BeforeEach
    void open() {
        ChatFixtures.quietEvening();
        desk = Browser.start(new Dimension(1366, 768), ZoneId.of("Europe/Brussels"));
        wait = Browser.waitFor(desk);
    }

    @AfterEach
    void close() {
        if (desk != null) {
            desk.quit();
        }
    }

    private boolean onScreen(WebElement element) {
        return (Boolean) ((JavascriptExecutor) desk).executeScript("const r = arguments[0].getBoundingClientRect();"
                + " return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight"
                + " && r.left >= 0 && r.right <= window.innerWidth;", element);
    }

    private WebElement panelOf(String nickname) {
        return desk.findElements(By.cssSelector(".chat-panel")).stream()
                .filter(panel -> panel.findElement(By.cssSelector(".chat-title")).getText().contains(nickname))
                .findFirst().orElseThrow();
    }

    private void loggedInAndAvailable() {
        Browser.availableInConsole(desk, wait, ItServer.baseUrl(), "it-op-laptop", "Laptop");
    }

    /** The 45-minute mark of the coordination team: a chat that long says so in its panel (here after a reload). */
    @Test
    void aChatOfFortyFiveMinutesSaysSoInItsPanel() {
        loggedInAndAvailable();
        try (ChatSocket visitor = ChatSocket.visitor()) {
            String chatId = ChatIT.start(visitor, "Lang").getString("chatId");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("accept-next"))).click();
            visitor.next("accepted");
            wait.until(driver -> driver.findElements(By.cssSelector(".chat-panel")).size() == 1);
            WebElement notice = panelOf("Lang").findElement(By.cssSelector(".over-time-notice"));
            assertThat(notice.getText()).as("a chat just begun").isEmpty();

            ChatFixtures.sql("UPDATE chat SET accepted_at = accepted_at - INTERVAL 45 MINUTE WHERE id = ?", chatId);
            desk.navigate().refresh();
            wait.until(driver -> driver.findElements(By.cssSelector(".chat-panel")).size() == 1);
            wait.until(ExpectedConditions.textToBePresentInElement(
                    panelOf("Lang").findElement(By.cssSelector(".over-time-notice")), "Dit gesprek duurt al 45 minuten."));
            assertThat(panelOf("Lang").getAttribute("class")).contains("over-time");
            Browser.assertNoAccessibilityProblems(desk);
        }
    }

    @Test
    void twoChatsFitALaptopAndTheConsoleSaysWhatHappensInTheOneNotInFocus() {
        loggedInAndAvailable();
        assertThat(desk.findElement(By.id("sound-on")).isSelected()).as("sound on unless switched off").isTrue();

        try (ChatSocket ann = ChatSocket.visitor(); ChatSocket bo = ChatSocket.visitor()) {
            ChatIT.start(ann, "Ann");
            ChatIT.start(bo, "Bo");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("accept-next"))).click();
            ann.next("accepted");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("accept-next"))).click();
            bo.next("accepted");
            wait.until(driver -> driver.findElements(By.cssSelector(".chat-panel")).size() == 2);
            ((JavascriptExecutor) desk).executeScript("window.scrollTo(0, 0)");
            List<WebElement> sends = desk.findElements(By.cssSelector(".chat-panel .send"));
            assertThat(sends).hasSize(2).allSatisfy(button -> assertThat(onScreen(button))
                    .as("a send button on a 1366×768 screen without scrolling: %s", ((JavascriptExecutor) desk)
                            .executeScript("const r = arguments[0].getBoundingClientRect(); return 'bottom ' + r.bottom"
                                    + " + ' of ' + window.innerHeight + ', panel top ' + arguments[0]"
                                    + ".closest('.chat-panel').getBoundingClientRect().top + ' | ' + ['.site-header',"
                                    + " 'main.console > h1', '.me', '#chats-heading', '.chat-head', '.messages',"
                                    + " '.compose'].map(s => s + ' ' + Math.round(document.querySelector(s)"
                                    + ".getBoundingClientRect().top) + '+' + Math.round(document.querySelector(s)"
                                    + ".getBoundingClientRect().height)).join(', ');", button)).isTrue());

            panelOf("Bo").findElement(By.cssSelector(".message-input")).click();
            ChatIT.send(ann, null, "Ben je er nog?");
            WebElement badge = wait.until(driver -> {
                WebElement found = panelOf("Ann").findElement(By.cssSelector(".unread-badge"));
                return found.isDisplayed() ? found : null;
            });
            assertThat(badge.getText()).isEqualTo("1 nieuw bericht");
            assertThat(desk.getTitle()).startsWith("(1 nieuw)");
            assertThat(panelOf("Bo").findElement(By.cssSelector(".unread-badge")).isDisplayed()).isFalse();
            Browser.assertNoAccessibilityProblems(desk);
            panelOf("Ann").findElement(By.cssSelector(".message-input")).click();
            wait.until(ExpectedConditions.invisibilityOf(badge));

            ann.goDeaf();
            wait.until(ExpectedConditions.textToBePresentInElement(
                    panelOf("Ann").findElement(By.cssSelector(".visitor-notice")),
                    "Verbinding met de bezoeker weg sinds 00:"));
            ann.hearAgain();
            // Back: the count-up gives way to a notice that the visitor is there again (it goes after 15 s).
            wait.until(ExpectedConditions.textToBePresentInElement(
                    panelOf("Ann").findElement(By.cssSelector(".visitor-notice")), "De bezoeker is opnieuw verbonden."));

            bo.send("{\"type\":\"end\"}");
            bo.next("ended");
            bo.send("{\"type\":\"rate\",\"stars\":5,\"comment\":\"Merci\"}");
            bo.next("rated");
            wait.until(ExpectedConditions.textToBePresentInElement(
                    panelOf("Bo").findElement(By.cssSelector(".rating-notice")),
                    "De bezoeker gaf 5 van 5 sterren en schreef: “Merci”."));
        }
    }
}
