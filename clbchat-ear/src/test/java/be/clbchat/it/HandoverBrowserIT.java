package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A hand-over in three browsers: a pupil on a phone chats on CLBch@t; the operator hands the chat warm to a partner
 * line; the pupil is asked on the phone, agrees and lets the new counsellor read along; the partner line's operator
 * sees the offer with what was said, takes it over and reads the earlier messages in the chat; the pupil hears who
 * joined and goes on on the same page. axe on the phone and both consoles in their new states.
 */
class HandoverBrowserIT {

    static final String PARTNER = "it-bpartner";

    private long opening;
    private long partnerOpening;
    private WebDriver phone;
    private WebDriver fennaDesk;
    private WebDriver pimDesk;

    @BeforeEach
    void linesOpenAndBrowsers() {
        opening = ChatFixtures.exception("open");
        ChatFixtures.quietEvening();
        Staff coordinator = ChatFixtures.coordinator();
        HttpResponse<String> made = coordinator.postJson("/api/handovers/partner-lines", "{\"code\":\"" + PARTNER
                + "\",\"name\":\"Hulplijn IT\",\"organisation\":\"IT-organisatie (demo)\"}");
        assertThat(made.statusCode()).as(made.body()).isIn(201, 400);
        assertThat(coordinator.putJson("/api/handovers/routes/clbchat/" + PARTNER, "").statusCode()).isEqualTo(204);
        Instant from = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> open = coordinator.postJson("/api/lines/" + PARTNER + "/exceptions", "{\"start\":\""
                + from + "\",\"end\":\"" + from.plus(2, ChronoUnit.HOURS) + "\",\"kind\":\"open\","
                + "\"reason\":\"Integratietest\"}");
        assertThat(open.statusCode()).as(open.body()).isEqualTo(201);
        partnerOpening = ChatFixtures.json(open.body()).getJsonNumber("id").longValue();
        ChatFixtures.operator("it-hb-fenna", "HB-Fenna");
        ChatFixtures.operator("it-hb-pim", "HB-Pim");
        ChatFixtures.sql("DELETE FROM line_team_member WHERE line_code = 'clbchat' AND username = 'it-hb-pim'");
        assertThat(coordinator.putJson("/api/handovers/partner-lines/" + PARTNER + "/team/it-hb-pim", "")
                .statusCode()).isEqualTo(204);
        phone = Browser.start(Browser.PHONE);
        fennaDesk = Browser.start(Browser.DESKTOP);
        pimDesk = Browser.start(Browser.DESKTOP);
    }

    @AfterEach
    void closeBrowsers() {
        for (WebDriver browser : new WebDriver[] {phone, fennaDesk, pimDesk}) {
            if (browser != null) {
                browser.quit();
            }
        }
        ChatFixtures.removeException(opening);
        ChatFixtures.coordinator().delete("/api/lines/" + PARTNER + "/exceptions/" + partnerOpening);
    }

    @Test
    void aPupilIsHandedWarmToAPartnerLineConsentsAndTheNewCounsellorReadsWhatWasSaid() {
        WebDriverWait atFenna = Browser.waitFor(fennaDesk);
        WebDriverWait atPim = Browser.waitFor(pimDesk);
        WebDriverWait onPhone = Browser.waitFor(phone);

        Browser.availableInConsole(fennaDesk, atFenna, ItServer.baseUrl(), "it-hb-fenna", "HB-Fenna");
        Browser.availableInConsole(pimDesk, atPim, ItServer.baseUrl(), "it-hb-pim", "HB-Pim");
        phone.get(ItServer.baseUrl() + "/chat.html");
        onPhone.until(ExpectedConditions.visibilityOfElementLocated(By.id("nickname"))).sendKeys("Jules");
        phone.findElement(By.cssSelector("label[for=role-pupil]")).click();
        phone.findElement(By.id("start")).click();
        atFenna.until(ExpectedConditions.elementToBeClickable(By.id("accept-next"))).click();
        WebElement panel = atFenna.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".chat-panel")));
        onPhone.until(ExpectedConditions.textToBe(By.id("operator-alias"), "HB-Fenna"));
        phone.findElement(By.id("message-input")).sendKeys("Ik wil praten met iemand die dit ook meemaakte.");
        phone.findElement(By.id("send")).click();
        atFenna.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".chat-panel .messages"),
                "ook meemaakte"));

        // Fenna hands it over, warm, to the partner line, which says it is open and has someone free.
        panel.findElement(By.cssSelector(".hand-over")).click();
        WebElement to = atFenna.until(ExpectedConditions.elementToBeClickable(panel.findElement(
                By.cssSelector(".handover-form select"))));
        atFenna.until(driver -> to.getText().contains("Hulplijn IT (partnerlijn, IT-organisatie (demo))"));
        assertThat(to.getText()).doesNotContain("Hulplijn IT (partnerlijn, IT-organisatie (demo)) — ");
        new Select(to).selectByValue("line:" + PARTNER);
        panel.findElement(By.cssSelector(".handover-form textarea")).sendKeys("Wil lotgenoten, gepest");
        Browser.assertNoAccessibilityProblems(fennaDesk);
        panel.findElement(By.cssSelector(".handover-form button[type=submit]")).click();
        atFenna.until(ExpectedConditions.textToBePresentInElement(panel.findElement(
                By.cssSelector(".handover-status")), "We vragen de bezoeker"));

        // The pupil is asked, on the phone, in plain words; says yes and lets the new counsellor read along.
        WebElement question = onPhone.until(ExpectedConditions.visibilityOfElementLocated(By.id("handover-question")));
        assertThat(question.getText()).isEqualTo("Mag HB-Fenna je doorverbinden met Hulplijn IT?");
        assertThat(phone.findElement(By.id("handover-share-question")).getText())
                .isEqualTo("Mag de nieuwe medewerker lezen wat je al vertelde?");
        Browser.assertNoAccessibilityProblems(phone);
        phone.findElement(By.id("handover-share-label")).click();
        phone.findElement(By.id("handover-yes")).click();
        onPhone.until(ExpectedConditions.textToBePresentInElementLocated(By.id("handover-status"),
                "Je wordt doorverbonden met Hulplijn IT. HB-Fenna blijft bij je tot iemand er is."));

        // Pim sees the offer with what was said, and takes it over.
        WebElement offer = atPim.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".handover-offer")));
        assertThat(offer.getText()).contains("HB-Fenna (CLBch@t) wil Jules doorgeven").contains("Wil lotgenoten, gepest")
                .contains("Je kan lezen wat al gezegd werd.").contains("ook meemaakte");
        Browser.assertNoAccessibilityProblems(pimDesk);
        offer.findElement(By.tagName("button")).click();
        WebElement pimPanel = atPim.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".chat-panel")));
        atPim.until(ExpectedConditions.textToBePresentInElement(pimPanel, "Overgenomen van HB-Fenna (CLBch@t)"));
        assertThat(pimPanel.findElement(By.cssSelector(".messages")).getText())
                .contains("Ik wil praten met iemand die dit ook meemaakte.")
                .contains("HB-Pim van Hulplijn IT neemt het gesprek over van HB-Fenna (CLBch@t).");
        atPim.until(ExpectedConditions.invisibilityOfElementLocated(By.id("offers")));

        // The pupil: who joined, on the same page; the chat goes on with Pim.
        onPhone.until(ExpectedConditions.textToBe(By.id("operator-alias"), "HB-Pim"));
        assertThat(phone.findElement(By.id("handover-status")).getText())
                .isEqualTo("Je praat nu met HB-Pim van Hulplijn IT.");
        assertThat(phone.findElement(By.id("message-list")).getText())
                .contains("HB-Pim van Hulplijn IT neemt het gesprek over");
        Browser.assertNoAccessibilityProblems(phone);
        pimPanel.findElement(By.cssSelector(".message-input")).sendKeys("Hoi Jules, ik ben Pim.");
        pimPanel.findElement(By.cssSelector(".send")).click();
        onPhone.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message-list"),
                "Hoi Jules, ik ben Pim."));

        // Fenna's pane says where it went, and asks her to register her part.
        atFenna.until(ExpectedConditions.textToBePresentInElement(panel, "Doorverbonden: HB-Pim neemt het over."
                + " Registreer jouw deel van het gesprek."));
        assertThat(panel.findElement(By.cssSelector(".message-input")).isEnabled()).isFalse();
        Browser.assertNoAccessibilityProblems(fennaDesk);
        Browser.assertNoAccessibilityProblems(pimDesk);
    }
}
