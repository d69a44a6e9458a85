package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A pupil on a phone and an operator at a desk, each in their own Chromium, have a chat and the pupil rates it. */
class ChatBrowserIT {

    private long opening;
    private WebDriver phone;
    private WebDriver desk;
    private Staff kim;

    @BeforeEach
    void openLineAndBrowsers() {
        opening = ChatFixtures.exception("open");
        ChatFixtures.quietEvening();
        kim = ChatFixtures.operator("it-op-kim", "Kim");
        phone = Browser.start(Browser.PHONE);
        desk = Browser.start(Browser.DESKTOP);
    }

    @AfterEach
    void closeBrowsers() {
        phone.quit();
        desk.quit();
        ChatFixtures.removeException(opening);
    }

    @Test
    void aPupilAndAnOperatorChatAndThePupilRatesTheConversation() {
        WebDriverWait atDesk = Browser.waitFor(desk);
        WebDriverWait onPhone = Browser.waitFor(phone);

        Browser.availableInConsole(desk, atDesk, ItServer.baseUrl(), "it-op-kim", "Kim");

        phone.get(ItServer.baseUrl() + "/chat.html");
        onPhone.until(ExpectedConditions.visibilityOfElementLocated(By.id("nickname"))).sendKeys("Mila");
        phone.findElement(By.cssSelector("label[for=role-pupil]")).click();
        phone.findElement(By.id("age")).sendKeys("14");
        new Select(phone.findElement(By.id("gender"))).selectByValue("girl");
        phone.findElement(By.id("start")).click();
        onPhone.until(ExpectedConditions.visibilityOfElementLocated(By.id("waiting")));
        onPhone.until(ExpectedConditions.textToBe(By.id("queue-position"), "Jij bent de volgende."));

        atDesk.until(ExpectedConditions.elementToBeClickable(By.id("accept-next"))).click();
        WebElement panel = atDesk.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".chat-panel")));
        assertThat(panel.findElement(By.cssSelector(".chat-title")).getText()).contains("Mila").contains("14");

        onPhone.until(ExpectedConditions.textToBe(By.id("operator-alias"), "Kim"));
        String payload = "Hallo, mag ik iets vragen? <img src=x onerror=alert(1)>";
        phone.findElement(By.id("message-input")).sendKeys(payload);
        phone.findElement(By.id("send")).click();
        onPhone.until(ExpectedConditions.invisibilityOfElementWithText(By.cssSelector("#message-list li"),
                "wordt verstuurd"));

        atDesk.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".chat-panel .messages"),
                payload));
        assertThat(desk.findElements(By.cssSelector(".chat-panel .messages img"))).as("the HTML stays text").isEmpty();
        panel.findElement(By.cssSelector(".message-input")).sendKeys("Natuurlijk, vertel maar.");
        panel.findElement(By.cssSelector(".send")).click();

        // A canned text: "/" in the empty message box opens the search, Enter puts the first match in, to edit.
        WebElement input = panel.findElement(By.cssSelector(".message-input"));
        atDesk.until(driver -> input.getAttribute("value").isEmpty());
        input.sendKeys("/");
        WebElement search = atDesk.until(ExpectedConditions.visibilityOf(panel.findElement(By.cssSelector(".canned-search"))));
        atDesk.until(driver -> !panel.findElements(By.cssSelector(".canned-choice")).isEmpty());
        search.sendKeys("nacht", Keys.ENTER);
        atDesk.until(driver -> input.getAttribute("value").startsWith("Denk je aan zelfmoord?"));
        Browser.assertNoAccessibilityProblems(desk);
        input.sendKeys(Keys.ENTER);
        onPhone.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message-list"),
                "Bel de Zelfmoordlijn op 1813, dag en nacht."));

        onPhone.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message-list"),
                "Natuurlijk, vertel maar."));
        assertThat(phone.findElements(By.cssSelector("#message-list img"))).isEmpty();
        Browser.assertNoAccessibilityProblems(phone);

        phone.findElement(By.id("end-chat")).click();
        phone.findElement(By.id("end-chat")).click();
        onPhone.until(ExpectedConditions.visibilityOfElementLocated(By.id("rating")));
        atDesk.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".chat-panel .ended-notice"),
                "bezoeker"));

        phone.findElement(By.cssSelector("label[for=star-4]")).click();
        phone.findElement(By.id("comment")).sendKeys("Het hielp.");
        new Select(phone.findElement(By.id("found-via"))).selectByValue("smartschool");
        phone.findElement(By.id("send-rating")).click();
        onPhone.until(ExpectedConditions.visibilityOfElementLocated(By.id("thanks")));
        Browser.assertNoAccessibilityProblems(phone);

        assertThat(ChatFixtures.text("SELECT CONCAT(rating_stars, '|', rating_comment, '|', found_via, '|', nickname)"
                + " FROM chat WHERE rated_at IS NOT NULL ORDER BY rated_at DESC LIMIT 1"))
                .isEqualTo("4|Het hielp.|SMARTSCHOOL|Mila");

        // The registration opens when the chat ends; after a reload the chat is listed "to register", with its form.
        atDesk.until(driver -> desk.findElement(By.cssSelector(".chat-panel .registration")).getAttribute("open") != null);
        desk.navigate().refresh();
        atDesk.until(ExpectedConditions.visibilityOfElementLocated(By.id("to-register")));
        atDesk.until(ExpectedConditions.textToBePresentInElementLocated(By.id("to-register-list"), "Gesprek met Mila"));
        // The operator registers it by keyboard alone, finding themes by typing.
        WebElement registration = desk.findElement(By.cssSelector("#to-register-list .registration"));
        atDesk.until(driver -> registration.getAttribute("open") != null);
        WebElement themes = registration.findElement(By.cssSelector(".theme-input"));
        atDesk.until(driver -> desk.findElements(By.cssSelector(".registration datalist option")).size() > 10);
        themes.sendKeys("Studiekeuze", Keys.ENTER);
        themes.sendKeys("PSF · Pesten en cyberpesten", Keys.ENTER);
        atDesk.until(ExpectedConditions.textToBePresentInElement(
                registration.findElement(By.cssSelector(".chosen-themes")), "PSF · Pesten en cyberpesten"));
        assertThat(registration.findElement(By.cssSelector(".chosen-themes")).getText()).contains("OLB · Studiekeuze");
        registration.findElement(By.cssSelector("input[value=support]")).sendKeys(Keys.SPACE);
        registration.findElement(By.cssSelector(".registration-note")).sendKeys("Vroeg naar een vertrouwenspersoon.");
        registration.findElement(By.cssSelector(".save-registration")).sendKeys(Keys.ENTER);
        atDesk.until(ExpectedConditions.textToBePresentInElement(
                registration.findElement(By.cssSelector(".registration-status")), "Geregistreerd."));
        assertThat(ChatFixtures.text("SELECT GROUP_CONCAT(DISTINCT t.theme_code ORDER BY t.theme_code) FROM chat c"
                + " JOIN chat_registration_theme t ON t.chat_id = c.id WHERE c.nickname = 'Mila'"))
                .isEqualTo("pesten,studiekeuze");
        Browser.assertNoAccessibilityProblems(desk);
    }

    @Test
    void whenTheChatIsOpenedElsewhereThePhoneSaysSoAndCanTakeItBack() {
        WebDriverWait onPhone = Browser.waitFor(phone);
        try (ChatSocket console = ChatIT.available(kim)) {
            phone.get(ItServer.baseUrl() + "/chat.html");
            onPhone.until(ExpectedConditions.visibilityOfElementLocated(By.id("nickname"))).sendKeys("Lien");
            phone.findElement(By.cssSelector("label[for=role-pupil]")).click();
            phone.findElement(By.id("start")).click();
            onPhone.until(ExpectedConditions.visibilityOfElementLocated(By.id("waiting")));
            console.send("{\"type\":\"accept\"}");
            String chatId = console.next("accepted").getJsonObject("chat").getString("chatId");
            onPhone.until(ExpectedConditions.visibilityOfElementLocated(By.id("chatting")));

            String token = (String) ((JavascriptExecutor) phone).executeScript(
                    "return JSON.parse(sessionStorage.getItem('clbchat.chat')).resumeToken");
            try (ChatSocket elsewhere = ChatSocket.visitor()) {
                elsewhere.send("{\"type\":\"resume\",\"resumeToken\":\"%s\",\"lastSeq\":0}", token);
                elsewhere.next("resumed");
                assertThat(console.next("visitor").getBoolean("reconnected")).isTrue();

                onPhone.until(ExpectedConditions.visibilityOfElementLocated(By.id("replaced")));
                assertThat(phone.findElement(By.id("replaced-title")).getText())
                        .isEqualTo("Je gesprek gaat verder in een ander venster.");
                assertThat(phone.findElement(By.id("chatting")).isDisplayed()).isFalse();
                Browser.assertNoAccessibilityProblems(phone);

                phone.findElement(By.id("take-back")).click();
                elsewhere.next("replaced");
                onPhone.until(ExpectedConditions.visibilityOfElementLocated(By.id("chatting")));
                phone.findElement(By.id("message-input")).sendKeys("Ik ben het, op mijn gsm.");
                phone.findElement(By.id("send")).click();
                JsonObject said = console.next("message");
                assertThat(said.getString("text")).isEqualTo("Ik ben het, op mijn gsm.");
                assertThat(said.getString("chatId")).isEqualTo(chatId);
            }
        }
    }
}
