package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A pupil on a touch phone: the message box and its buttons stay on the screen however long the chat gets, Enter
 * makes a new line (the button sends), and "Snel weg" leaves no CLBch@t page behind Back while the operator reads
 * that the visitor left in a hurry.
 */
class VisitorPhoneBrowserIT {

    static long opening;
    static Staff operator;

    private WebDriver phone;
    private WebDriverWait onPhone;

    @BeforeAll
    static void lineOpenAndAnOperator() {
        opening = ChatFixtures.exception("open");
        operator = ChatFixtures.operator("it-op-phone", "Telefoon");
    }

    @AfterAll
    static void lineBackToItsHours() {
        ChatFixtures.removeException(opening);
    }

    @BeforeEach
    void open() {
        ChatFixtures.quietEvening();
        phone = Browser.startTouchPhone();
        onPhone = Browser.waitFor(phone);
    }

    @AfterEach
    void close() {
        if (phone != null) {
            phone.quit();
        }
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) phone).executeScript(script, arguments);
    }

    /** Whether the element is wholly within the visible screen. */
    private boolean onScreen(WebElement element) {
        return (Boolean) js("const r = arguments[0].getBoundingClientRect();"
                + " return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;", element);
    }

    /** The page says how long the chat's text is kept with the very number the deleting job works with. */
    @Test
    void thePrivacyTextStatesTheRetentionPeriodTheServerWorksWith() {
        String period = ChatFixtures.json(Staff.anonymous().get("/api/privacy").body()).getString("transcriptRetention");
        phone.get(ItServer.baseUrl() + "/chat.html");
        onPhone.until(ExpectedConditions.textToBePresentInElementLocated(By.id("retention-period"), period));
        assertThat(phone.findElement(By.id("privacy-bewaartermijn")).getText()).startsWith(
                "We bewaren de tekst van het gesprek en je schuilnaam 6 weken na het gesprek, daarna wissen we ze.");
    }

    /** From the home page into a chat that the operator (their socket) accepts; returns the chat id. */
    private String chatting(ChatSocket console, String nickname) {
        phone.get(ItServer.baseUrl() + "/chat.html");
        onPhone.until(ExpectedConditions.visibilityOfElementLocated(By.id("nickname"))).sendKeys(nickname);
        phone.findElement(By.cssSelector("label[for=role-pupil]")).click();
        phone.findElement(By.id("start")).click();
        onPhone.until(ExpectedConditions.visibilityOfElementLocated(By.id("waiting")));
        console.send("{\"type\":\"accept\"}");
        String chatId = console.next("accepted").getJsonObject("chat").getString("chatId");
        onPhone.until(ExpectedConditions.visibilityOfElementLocated(By.id("chatting")));
        return chatId;
    }

    @Test
    void theMessageBoxAndItsButtonsStayOnScreenAndEnterMakesANewLine() {
        try (ChatSocket console = ChatIT.available(operator)) {
            String chatId = chatting(console, "Duim");
            assertThat(phone.findElement(By.id("composer-hint")).isDisplayed())
                    .as("no 'Enter = versturen' on a touch keyboard").isFalse();

            WebElement input = phone.findElement(By.id("message-input"));
            input.sendKeys("eerste regel");
            input.sendKeys(Keys.ENTER);
            input.sendKeys("tweede regel");
            assertThat(input.getAttribute("value")).isEqualTo("eerste regel\ntweede regel");
            phone.findElement(By.id("send")).click();
            assertThat(console.next("message").getString("text")).isEqualTo("eerste regel\ntweede regel");

            String longer = ": dit is een wat langer bericht, zodat het scherm van de telefoon vol raakt en de berichten"
                    + " moeten scrollen terwijl het vak om te typen en de knoppen onderaan blijven staan.";
            for (int i = 1; i <= 6; i++) {
                ChatIT.send(console, chatId, "Antwoord " + i + longer);
            }
            onPhone.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message-list"), "Antwoord 6"));
            assertThat(onScreen(phone.findElement(By.id("send")))).as("Verstuur stays on screen").isTrue();
            assertThat(onScreen(phone.findElement(By.id("message-input")))).isTrue();
            assertThat(onScreen(phone.findElement(By.id("end-chat")))).as("Gesprek stoppen too").isTrue();
            assertThat(onScreen(phone.findElement(By.cssSelector(".quick-exit")))).as("and Snel weg").isTrue();
            List<WebElement> items = phone.findElements(By.cssSelector("#message-list li"));
            assertThat(onScreen(items.get(items.size() - 1))).as("the newest message is in view").isTrue();
            assertThat(onScreen(items.get(0))).as("older ones scrolled away").isFalse();
            Browser.assertNoAccessibilityProblems(phone);
        }
    }

    @Test
    void snelWegLeavesNoClbchatPageBehindBackAndTheOperatorIsTold() {
        phone.get("data:text/html,<title>ervoor</title><p>Een andere site</p>");
        try (ChatSocket console = ChatIT.available(operator)) {
            phone.get(ItServer.baseUrl() + "/");
            onPhone.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href*='chat.html']"))).click();
            onPhone.until(ExpectedConditions.visibilityOfElementLocated(By.id("nickname"))).sendKeys("Snel");
            phone.findElement(By.cssSelector("label[for=role-pupil]")).click();
            phone.findElement(By.id("start")).click();
            onPhone.until(ExpectedConditions.visibilityOfElementLocated(By.id("waiting")));
            console.send("{\"type\":\"accept\"}");
            console.next("accepted");
            onPhone.until(ExpectedConditions.visibilityOfElementLocated(By.id("chatting")));

            phone.findElement(By.cssSelector(".quick-exit")).click();
            assertThat(console.next("ended").getBoolean("quickExit")).isTrue();
            onPhone.until(driver -> !driver.getCurrentUrl().startsWith(ItServer.baseUrl()));
            phone.navigate().back();
            onPhone.until(driver -> driver.getCurrentUrl().startsWith("data:"));
            assertThat(phone.getCurrentUrl()).as("Back skips every CLBch@t page").startsWith("data:");
        }
    }
}
