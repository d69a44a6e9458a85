package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Ask for support in three browsers: a pupil on a phone chats with an operator, the operator asks for support, a
 * coordinator on the live board hears of it (badge, alert), takes it, reads along and whispers; the operator sees the
 * whisper in the chat pane, the pupil does not — neither on the page nor after reloading it. After the chat the
 * coordinator writes a note and closes the request. axe on every page in its new state.
 */
class SupportBrowserIT {

    private long opening;
    private WebDriver phone;
    private WebDriver desk;
    private WebDriver board;

    @BeforeEach
    void openLineAndBrowsers() {
        opening = ChatFixtures.exception("open");
        ChatFixtures.quietEvening();
        ChatFixtures.sql("UPDATE support_request SET state = 'CLOSED', outcome = 'NOT_TAKEN', closed_at = NOW(3)"
                + " WHERE state <> 'CLOSED'");
        ChatFixtures.operator("it-sb-fenna", "Fenna");
        phone = Browser.start(Browser.PHONE);
        desk = Browser.start(Browser.DESKTOP);
        board = Browser.start(Browser.DESKTOP);
    }

    @AfterEach
    void closeBrowsers() {
        for (WebDriver browser : new WebDriver[] {phone, desk, board}) {
            if (browser != null) {
                browser.quit();
            }
        }
        ChatFixtures.removeException(opening);
    }

    @Test
    void anOperatorAsksACoordinatorTakesItReadsAlongAndWhispersAndThePupilSeesNothingOfIt() {
        WebDriverWait atDesk = Browser.waitFor(desk);
        WebDriverWait onPhone = Browser.waitFor(phone);
        WebDriverWait atBoard = Browser.waitFor(board);

        board.get(ItServer.baseUrl() + "/bord/");
        atBoard.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username"))).sendKeys("demo-coordinator");
        board.findElement(By.id("j_password")).sendKeys("demo-coordinator");
        board.findElement(By.cssSelector("form button[type=submit]")).click();
        atBoard.until(ExpectedConditions.textToBePresentInElementLocated(By.id("board-state"), "Live"));
        assertThat(board.findElement(By.id("support-none")).isDisplayed()).isTrue();

        Browser.availableInConsole(desk, atDesk, ItServer.baseUrl(), "it-sb-fenna", "Fenna");
        phone.get(ItServer.baseUrl() + "/chat.html");
        onPhone.until(ExpectedConditions.visibilityOfElementLocated(By.id("nickname"))).sendKeys("Lien");
        phone.findElement(By.cssSelector("label[for=role-pupil]")).click();
        phone.findElement(By.id("age")).sendKeys("15");
        phone.findElement(By.id("start")).click();
        atDesk.until(ExpectedConditions.elementToBeClickable(By.id("accept-next"))).click();
        WebElement panel = atDesk.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".chat-panel")));
        onPhone.until(ExpectedConditions.textToBe(By.id("operator-alias"), "Fenna"));
        phone.findElement(By.id("message-input")).sendKeys("Ik durf niet meer naar huis.");
        phone.findElement(By.id("send")).click();
        atDesk.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".chat-panel .messages"),
                "Ik durf niet meer naar huis."));

        // The operator asks, urgently, with a note.
        panel.findElement(By.cssSelector(".ask-support")).click();
        WebElement note = atDesk.until(ExpectedConditions.visibilityOf(panel.findElement(
                By.cssSelector(".support-form textarea"))));
        note.sendKeys("Mogelijk geweld thuis");
        panel.findElement(By.cssSelector(".support-form input[type=checkbox]")).click();
        panel.findElement(By.cssSelector(".support-form button[type=submit]")).click();
        atDesk.until(ExpectedConditions.textToBePresentInElement(panel.findElement(By.cssSelector(".support-status")),
                "Je vroeg ondersteuning (dringend)"));
        Browser.assertNoAccessibilityProblems(desk);

        // The board: a badge, the title, the spoken alert, and the request to take.
        atBoard.until(ExpectedConditions.textToBe(By.id("support-count"), "1 open"));
        assertThat(board.getTitle()).startsWith("(1) ");
        assertThat(board.findElement(By.id("support-alert")).getAttribute("textContent"))
                .isEqualTo("Dringend: nieuwe vraag om ondersteuning van Fenna.");
        WebElement request = board.findElement(By.cssSelector(".support-request"));
        assertThat(request.getText()).contains("dringend").contains("Fenna").contains("\"Mogelijk geweld thuis\"")
                .doesNotContain("naar huis");
        Browser.assertNoAccessibilityProblems(board);
        request.findElement(By.tagName("button")).click();

        // Reading along: the chat so far, and what comes next.
        WebElement along = atBoard.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".read-along")));
        atBoard.until(ExpectedConditions.textToBePresentInElement(along, "Ik durf niet meer naar huis."));
        atDesk.until(ExpectedConditions.textToBePresentInElement(panel.findElement(By.cssSelector(".support-status")),
                "leest mee en kan je iets fluisteren"));
        phone.findElement(By.id("message-input")).sendKeys("Mijn papa roept de hele tijd.");
        phone.findElement(By.id("send")).click();
        atBoard.until(ExpectedConditions.textToBePresentInElement(along, "Mijn papa roept de hele tijd."));

        // The whisper: in the operator's pane, marked; never on the phone.
        along.findElement(By.cssSelector(".whisper-form textarea")).sendKeys("Vraag of ze nu veilig is.");
        along.findElement(By.cssSelector(".whisper-form button")).click();
        WebElement whisper = atDesk.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".chat-panel .message.whisper")));
        assertThat(whisper.getText()).contains("Fluistering van").contains("alleen jij ziet dit")
                .contains("Vraag of ze nu veilig is.");
        atBoard.until(ExpectedConditions.textToBePresentInElement(along, "Jij fluisterde"));
        Browser.assertNoAccessibilityProblems(desk);
        Browser.assertNoAccessibilityProblems(board);

        panel.findElement(By.cssSelector(".message-input")).sendKeys("Ben je nu op een veilige plek?");
        panel.findElement(By.cssSelector(".send")).click();
        onPhone.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message-list"),
                "Ben je nu op een veilige plek?"));
        assertThat(phone.getPageSource()).doesNotContain("veilig is").doesNotContain("Fluistering");
        phone.navigate().refresh();
        onPhone.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message-list"),
                "Ben je nu op een veilige plek?"));
        assertThat(phone.getPageSource()).as("not after a resume either").doesNotContain("veilig is");
        Browser.assertNoAccessibilityProblems(phone);

        // The chat ends; the operator notes under "Mijn feedback", the coordinator reads it, notes and closes.
        phone.findElement(By.id("end-chat")).click();
        phone.findElement(By.id("end-chat")).click();
        atBoard.until(ExpectedConditions.textToBePresentInElement(along, "Het gesprek is voorbij"));
        atDesk.until(ExpectedConditions.textToBePresentInElement(panel.findElement(By.cssSelector(".support-status")),
                "Mijn feedback"));
        desk.get(ItServer.baseUrl() + "/operator/feedback.html#ondersteuning");
        WebElement own = atDesk.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#support .feedback-item")));
        assertThat(own.getText()).contains("Je vroeg ondersteuning").contains("las mee")
                .contains("Fluistering van").contains("Vraag of ze nu veilig is.");
        own.findElement(By.tagName("textarea")).sendKeys("Dank, de vraag naar veiligheid hielp.");
        own.findElement(By.xpath(".//button[normalize-space()='Bewaar notitie']")).click();
        atDesk.until(ExpectedConditions.textToBePresentInElementLocated(By.id("feedback-status"),
                "Je notitie is bewaard."));
        Browser.assertNoAccessibilityProblems(desk);
        WebElement notes = atBoard.until(driver -> {
            List<WebElement> found = driver.findElements(By.cssSelector(".support-notes"));
            return !found.isEmpty() && found.get(0).getText().contains("Dank, de vraag naar veiligheid hielp.")
                    ? found.get(0) : null;
        });
        notes.findElement(By.tagName("textarea")).sendKeys("Goed dat je vroeg; opvolging via het CLB besproken.");
        Browser.assertNoAccessibilityProblems(board);
        notes.findElement(By.xpath(".//button[normalize-space()='Sluit af']")).click();
        atBoard.until(ExpectedConditions.visibilityOfElementLocated(By.id("support-none")));
        assertThat(ChatFixtures.text("SELECT CONCAT(state, ' ', supporter_note) FROM support_request"
                + " WHERE operator_username = 'it-sb-fenna' ORDER BY id DESC LIMIT 1"))
                .isEqualTo("CLOSED Goed dat je vroeg; opvolging via het CLB besproken.");
        desk.navigate().refresh();
        atDesk.until(ExpectedConditions.textToBePresentInElementLocated(By.id("support"), "afgesloten"));
        assertThat(desk.findElement(By.id("support")).getText())
                .contains("Goed dat je vroeg; opvolging via het CLB besproken.");
    }
}
