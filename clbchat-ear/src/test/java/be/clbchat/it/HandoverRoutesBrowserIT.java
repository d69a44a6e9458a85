package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A coordinator makes a partner line, puts an operator in its team and lets CLBch@t and it hand chats over to each
 * other, on the "Doorverbinden" page; a wrong code is said at its field. The allow-list is what the API then says.
 */
class HandoverRoutesBrowserIT {

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

    private void choose(String widget, String value, String label) {
        // Chosen through the menu's own widget, as on the other pages' tests.
        ((JavascriptExecutor) browser).executeScript(
                "PrimeFaces.getWidgetById('" + widget + "').selectValue('" + value + "');");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(widget + "_label"), label));
    }

    @Test
    void aCoordinatorMakesAPartnerLineWithATeamAndAllowsHandOversBothWays() {
        String code = "it-rpartner-" + (System.nanoTime() % 100_000);
        ChatFixtures.operator("it-hr-noor", "HR-Noor");
        Browser.logInToAdmin(browser, wait, "/admin/doorverbinden/index.xhtml", "demo-coordinator",
                "demo-coordinator");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Doorverbinden"));
        Browser.assertNoAccessibilityProblems(browser);

        Browser.type(browser, "partner-form:code", "Geen Code!");
        Browser.type(browser, "partner-form:name", "Rouwlijn IT");
        Browser.type(browser, "partner-form:organisation", "IT-vzw (demo)");
        browser.findElement(By.id("partner-form:create")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("partner-form"),
                "Een code heeft 2 tot 40 kleine letters"));
        Browser.type(browser, "partner-form:code", code);
        browser.findElement(By.id("partner-form:create")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("partners-form"), "Rouwlijn IT"));
        assertThat(browser.findElement(By.id("partners-form")).getText()).contains("IT-vzw (demo)")
                .contains("gesloten").contains("nog niemand");

        choose("team-form:line", code, "Rouwlijn IT");
        Browser.type(browser, "team-form:member", "it-hr-noor");
        browser.findElement(By.id("team-form:add-member")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("partners-form"), "it-hr-noor"));
        Browser.type(browser, "team-form:shownAs", "Rouwlijn");
        browser.findElement(By.id("team-form:save-shown-as")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "De bezoekers zien \"Rouwlijn\" voor wie antwoordt."));
        assertThat(ChatFixtures.text("SELECT shown_as FROM partner_line WHERE line_code = ?", code))
                .isEqualTo("Rouwlijn");

        choose("route-form:from", "clbchat", "CLBch@t");
        choose("route-form:to", code, "Rouwlijn IT");
        browser.findElement(By.id("route-form:allow")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("routes-form"), "Rouwlijn IT"));
        assertThat(ChatFixtures.coordinator().get("/api/handovers/routes").body())
                .contains("\"" + code + "\":[\"clbchat\"]");
        Browser.assertNoAccessibilityProblems(browser);

        browser.findElement(By.cssSelector("button[aria-label='Niet meer doorverbinden van Rouwlijn IT naar CLBch@t']"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Doorverbinden in die richting kan niet meer."));
        assertThat(ChatFixtures.coordinator().get("/api/handovers/routes").body())
                .doesNotContain("\"" + code + "\":[\"clbchat\"]");

        // Its own hours: the weekly rule sets of that line, closed until they are given.
        browser.findElement(By.xpath("//tr[td[contains(., 'Rouwlijn IT')]]//a[normalize-space()='Openingsuren']"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("inhoud"), "De vaste uren van Rouwlijn IT."));
        assertThat(browser.findElement(By.id("sets")).getText()).contains("Nieuwe partnerlijn: nog geen openingsuren");
        assertThat(browser.findElement(By.cssSelector(".line-switch")).getText()).contains("CLBch@t");
        Browser.assertNoAccessibilityProblems(browser);
    }
}
