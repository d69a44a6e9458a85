package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The visitor's first screen, on a phone-sized window in Chromium. */
class VisitorHomePageIT {

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start(Browser.PHONE);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theHomePageSpeaksPlainDutchAndOffersAQuickExit() {
        browser.get(ItServer.baseUrl() + "/");

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
        assertThat(browser.getTitle()).isEqualTo("CLBch@t – chat anoniem met het CLB");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Chat anoniem met het CLB");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("chat je gratis met een medewerker van het CLB")
                .contains("Je hoeft je naam niet te zeggen");
        WebElement quickExit = browser.findElement(By.linkText("Snel weg"));
        assertThat(quickExit.isDisplayed()).isTrue();
    }

    @Test
    void atChristmasTheHomePageSaysWhenTheChatOpensAgain() {
        browser.get(ItServer.baseUrl() + "/?tijdstip=2026-12-25T12:00:00%2B01:00");

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status-nu"), "gesloten"));
        assertThat(browser.findElement(By.id("status-nu")).getText())
                .isEqualTo("De chat is nu gesloten. We zijn weer open op maandag 4 januari om 17:00.");
        assertThat(browser.findElement(By.id("status-reden")).getText()).isEqualTo("Vandaag gesloten: Kerstmis.");
        List<String> week = browser.findElements(By.cssSelector("#week-uren li")).stream()
                .map(WebElement::getText).toList();
        assertThat(week).containsExactly(
                "maandag 21 december: 14:00 – 21:00",
                "dinsdag 22 december: 14:00 – 21:00",
                "woensdag 23 december: 14:00 – 21:00",
                "donderdag 24 december: 14:00 – 21:00",
                "vrijdag 25 december: gesloten",
                "zaterdag 26 december: gesloten",
                "zondag 27 december: gesloten");
    }

    @Test
    void onASchoolMondayEveningTheHomePageSaysOpenUntilNine() {
        browser.get(ItServer.baseUrl() + "/?tijdstip=2026-11-23T18:00:00%2B01:00");

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("status-nu"), "open"));
        assertThat(browser.findElement(By.id("status-nu")).getText()).isEqualTo("De chat is nu open, tot 21:00.");
        assertThat(browser.findElement(By.id("status-reden")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector("#week-uren li[aria-current='date']")).getText())
                .isEqualTo("maandag 23 november: 17:00 – 21:00");
    }

    @Test
    void theFirstTabGoesToTheSkipLinkThenTheQuickExit() {
        browser.get(ItServer.baseUrl() + "/");

        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Ga naar de inhoud");
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Snel weg");
    }

    @Test
    void theHomePageHasNoSeriousAccessibilityViolations() {
        browser.get(ItServer.baseUrl() + "/");

        Browser.assertNoAccessibilityProblems(browser);
    }
}
