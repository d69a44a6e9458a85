package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The network goes away in the middle of a chat and comes back, for a pupil's phone and for an operator's laptop: the
 * browser reaches the server through a {@link Tunnel} that stops passing bytes without closing anything (Chromium's
 * own offline switch leaves open sockets alone), and Chromium's network is switched off and on with it, so the page
 * also hears "offline" and "online". What the pupil typed meanwhile arrives once, and each side is told what happened.
 */
class NetworkLossBrowserIT {

    private long opening;
    private WebDriver phone;
    private WebDriver desk;
    private Staff operator;
    private Tunnel tunnel;

    @BeforeEach
    void openLineAndBrowser() {
        opening = ChatFixtures.exception("open");
        ChatFixtures.quietEvening();
        operator = ChatFixtures.operator("it-op-tunnel", "Tunnel");
        tunnel = Tunnel.toServer();
    }

    @AfterEach
    void closeBrowser() {
        for (WebDriver browser : new WebDriver[] {phone, desk}) {
            if (browser != null) {
                browser.quit();
            }
        }
        tunnel.close();
        ChatFixtures.removeException(opening);
    }

    @Test
    void aPupilWhoseNetworkGoesAwayIsToldAndWhatTheyTypedMeanwhileArrivesOnceItIsBack() throws Exception {
        phone = Browser.start(Browser.PHONE);
        WebDriverWait onPhone = Browser.waitFor(phone);
        try (ChatSocket console = ChatIT.available(operator)) {
            phone.get(tunnel.baseUrl() + "/chat.html");
            onPhone.until(ExpectedConditions.visibilityOfElementLocated(By.id("nickname"))).sendKeys("Tuur");
            phone.findElement(By.cssSelector("label[for=role-pupil]")).click();
            phone.findElement(By.id("start")).click();
            onPhone.until(ExpectedConditions.visibilityOfElementLocated(By.id("waiting")));
            String chatId = ChatIT.accept(console).getJsonObject("chat").getString("chatId");
            onPhone.until(ExpectedConditions.textToBe(By.id("operator-alias"), "Tunnel"));

            say("Ik zit op de trein");
            assertThat(console.next("message").getString("text")).isEqualTo("Ik zit op de trein");

            tunnel.cut();
            Browser.network(phone, false);
            onPhone.until(ExpectedConditions.attributeContains(By.id("connection"), "class", "is-lost"));
            assertThat(phone.findElement(By.id("connection")).getText())
                    .isEqualTo("Verbinding verloren — we proberen opnieuw te verbinden…");
            JsonObject away = console.next("visitor");
            assertThat(away.getString("chatId")).isEqualTo(chatId);
            assertThat(away.getBoolean("connected")).as("the operator is told the line went away").isFalse();

            say("Nu zit ik in een tunnel");
            onPhone.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message-list"),
                    "wordt verstuurd"));
            Browser.assertNoAccessibilityProblems(phone);

            tunnel.restore();
            Browser.network(phone, true);
            JsonObject meanwhile = console.next("message");
            assertThat(meanwhile.getString("text")).isEqualTo("Nu zit ik in een tunnel");
            assertThat(meanwhile.getString("chatId")).isEqualTo(chatId);
            onPhone.until(ExpectedConditions.invisibilityOfElementWithText(By.cssSelector("#message-list li"),
                    "wordt verstuurd"));
            onPhone.until(driver -> !driver.findElement(By.id("connection")).getAttribute("class").contains("is-lost"));
            console.noMore("message", Duration.ofSeconds(2));
            assertThat(ChatFixtures.count("SELECT COUNT(*) FROM chat_message WHERE chat_id = ?", chatId))
                    .as("each message stored once").isEqualTo(2);

            assertThat(console.seen().stream().filter(frame -> frame.getString("type").equals("visitor")
                    && !frame.getBoolean("connected")).count()).as("told once that the line went away").isOne();

            console.send("{\"type\":\"send\",\"chatId\":\"%s\",\"clientMsgId\":\"%s\",\"text\":\"Ik lees je weer\"}",
                    chatId, ChatSocket.newId());
            // The operator's own tabs get the message too; the ack comes just after it.
            assertThat(java.util.Set.of(console.nextOf("ack", "message").getString("type"),
                    console.nextOf("ack", "message").getString("type"))).containsExactlyInAnyOrder("ack", "message");
            onPhone.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message-list"),
                    "Ik lees je weer"));
        }
    }

    private void say(String text) {
        phone.findElement(By.id("message-input")).sendKeys(text);
        phone.findElement(By.id("send")).click();
    }

    /**
     * An operator's laptop loses the network in the middle of a chat, without a word to the server: the server notices
     * (its pings go unanswered), and after the grace period the chat goes back to the front of the queue (the pupil is
     * told); when the laptop is back its console says why the chat is gone from under the operator's hands.
     */
    @Test
    void anOperatorAwayLongerThanTheGracePeriodSeesTheChatBackInTheQueueWhenTheNetworkReturns() {
        desk = Browser.start(Browser.DESKTOP);
        WebDriverWait atDesk = Browser.waitFor(desk);
        Browser.availableInConsole(desk, atDesk, tunnel.baseUrl(), "it-op-tunnel", "Tunnel");

        try (ChatSocket pupil = ChatSocket.visitor()) {
            String chatId = ChatIT.start(pupil, "Wachter").getString("chatId");
            atDesk.until(ExpectedConditions.elementToBeClickable(By.id("accept-next"))).click();
            atDesk.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".chat-panel")));
            assertThat(pupil.next("accepted").getString("operatorAlias")).isEqualTo("Tunnel");

            // The server hears no answer to its pings for 30 s, closes the console's socket, and the grace starts.
            tunnel.cut();
            Browser.network(desk, false);
            pupil.nextWithin(Duration.ofSeconds(32).plus(ChatFixtures.GRACE).plusSeconds(15), "requeued");
            assertThat(pupil.next("queued").getInt("position")).as("at the front of the queue").isEqualTo(1);
            assertThat(ChatFixtures.count("SELECT COUNT(*) FROM chat WHERE id = ? AND operator_username IS NULL",
                    chatId)).isEqualTo(1);

            tunnel.restore();
            Browser.network(desk, true);
            atDesk.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".chat-panel .ended-notice"),
                    "Je was te lang weg: dit gesprek staat weer in de wachtrij."));
            atDesk.until(driver -> driver.findElement(By.id("connection")).getText().isEmpty());
            Browser.assertNoAccessibilityProblems(desk);
        }
    }
}
