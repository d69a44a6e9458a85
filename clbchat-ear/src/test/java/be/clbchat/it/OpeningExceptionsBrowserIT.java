package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A coordinator opens the chat on an extra Friday in the admin, visitors see it at once, then removes it again. */
class OpeningExceptionsBrowserIT {

    private static final String FRIDAY_EVENING = "/api/lines/clbchat/status?at=2027-03-12T18:00:00%2B01:00";

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void logInAsCoordinator() {
        // A coordinator abroad: the calendar still shows the hours as they are in Brussels.
        browser = Browser.start(Browser.DESKTOP, ZoneId.of("America/New_York"));
        wait = Browser.waitFor(browser);
        Browser.logInToAdmin(browser, wait, "/admin/openingsuren/uitzonderingen.xhtml", "demo-coordinator",
                "demo-coordinator");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Extra openingen en sluitingen"));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        // The blocks follow what this test changed, in the background: done before the next test writes blocks.
        BlockFollowUps.awaitQuiet();
    }

    private void type(String id, String text) {
        Browser.type(browser, id, text);
    }

    private void save() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("exception-form:save"))).click();
    }

    @Test
    void theMonthCalendarDrawsEachOpeningAtItsHourInBrussels() {
        // Every regular opening of CLBch@t starts at 14:00 (Wednesdays, holidays) or 17:00 (school evenings) in
        // Brussels; extra openings that other tests add are left out.
        By times = By.cssSelector("#preview\\:calendar .opening .fc-event-time");
        wait.until(ExpectedConditions.visibilityOfElementLocated(times));
        assertThat(browser.findElements(times)).extracting(WebElement::getText).isNotEmpty()
                .allSatisfy(time -> assertThat(time).isIn("14", "17"));
    }

    @Test
    void anExtraFridayOpeningCountsAtOnceAndCanBeRemoved() {
        assertThat(Staff.anonymous().get(FRIDAY_EVENING).body()).contains("\"open\":false");

        type("exception-form:start_input", "12/03/2027 17:00");
        type("exception-form:end_input", "12/03/2027 21:00");
        type("exception-form:reason", "Extra vrijdag (browsertest)");
        save();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("exceptions-list:exceptions"),
                "Extra vrijdag (browsertest)"));
        assertThat(browser.findElement(By.id("exceptions-list:exceptions")).getText())
                .contains("extra opening").contains("vrijdag 12 maart 2027 17:00");
        assertThat(Staff.anonymous().get(FRIDAY_EVENING).body()).contains("\"open\":true");

        browser.findElement(By.cssSelector("#exceptions-list\\:exceptions .remove")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();

        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
                By.id("exceptions-list:exceptions"), "Extra vrijdag (browsertest)")));
        assertThat(Staff.anonymous().get(FRIDAY_EVENING).body()).contains("\"open\":false");
    }

    @Test
    void anEndBeforeTheStartIsRefusedAtTheFieldAndNothingIsSaved() {
        type("exception-form:start_input", "12/03/2027 21:00");
        type("exception-form:end_input", "12/03/2027 17:00");
        type("exception-form:reason", "Verkeerd om (browsertest)");
        save();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("exception-form"),
                "Het einde moet na het begin liggen."));
        assertThat(browser.findElement(By.id("exceptions-list:exceptions")).getText())
                .doesNotContain("Verkeerd om (browsertest)");
        assertThat(Staff.anonymous().get(FRIDAY_EVENING).body()).contains("\"open\":false");
    }
}
