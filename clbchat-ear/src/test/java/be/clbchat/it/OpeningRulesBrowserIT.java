package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A coordinator edits the weekly hours and the school holidays; the API answers with the new rules at once. */
class OpeningRulesBrowserIT {

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void logInAsCoordinator() {
        browser = Browser.start(Browser.DESKTOP);
        wait = Browser.waitFor(browser);
        Browser.logInToAdmin(browser, wait, "/admin/", "demo-coordinator", "demo-coordinator");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Dashboard"));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void type(String id, String text) {
        Browser.type(browser, id, text);
    }

    private void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    private String wednesday2016() {
        return Staff.anonymous().get("/api/lines/clbchat/opening-hours?from=2016-03-02&to=2016-03-02").body();
    }

    @Test
    void changedWeeklyHoursCountAtOnce() {
        browser.get(ItServer.baseUrl() + "/admin/openingsuren/regels.xhtml");
        assertThat(browser.findElement(By.id("sets:rule-sets")).getText()).contains("2016-02-01").contains("2017-02-01");
        assertThat(wednesday2016()).contains("\"end\":\"2016-03-02T20:00:00+01:00\"");

        // The 2016 rule set: Wednesday (third row) until 19:00.
        browser.findElements(By.cssSelector("#sets\\:rule-sets button")).get(0).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("rules-form:validFrom_input"), "value", "01/02/2016"));
        type("rules-form:days:2:school", "14:00-19:00");
        click("rules-form:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Openingsuren bewaard."));
        try {
            assertThat(wednesday2016()).contains("\"end\":\"2016-03-02T19:00:00+01:00\"");
        } finally {
            type("rules-form:days:2:school", "14:00-20:00");
            click("rules-form:save");
        }
        wait.until(driver -> wednesday2016().contains("\"end\":\"2016-03-02T20:00:00+01:00\""));
    }

    @Test
    void anOverlappingRuleSetOrBadHoursAreRefusedAndNothingIsSaved() {
        browser.get(ItServer.baseUrl() + "/admin/openingsuren/regels.xhtml");
        click("sets:new");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rules-form"), "Nieuwe regelset"));

        type("rules-form:validFrom_input", "01/09/2027");
        click("rules-form:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rules-form"),
                "Deze periode overlapt met de regels van 2017-02-01 (zonder einde)"));

        type("rules-form:days:0:school", "17u tot 21u");
        click("rules-form:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rules-form"),
                "Schrijf de uren als 17:00-21:00."));

        browser.get(ItServer.baseUrl() + "/admin/openingsuren/regels.xhtml");
        assertThat(browser.findElements(By.cssSelector("#sets\\:rule-sets tbody tr"))).hasSize(2);
    }

    @Test
    void aSchoolYearsHolidaysCanBeOverriddenAndReset() {
        String autumnMonday = "/api/lines/clbchat/opening-hours?from=2026-10-26&to=2026-10-26";
        assertThat(Staff.anonymous().get(autumnMonday).body()).contains("2026-10-26T17:00:00+01:00");

        browser.get(ItServer.baseUrl() + "/admin/openingsuren/schoolvakanties.xhtml");
        assertThat(browser.findElement(By.id("holidays-state")).getText()).isEqualTo("Berekende data.");
        assertThat(browser.findElement(By.id("holidays-form:periods:0:first_input")).getAttribute("value"))
                .isEqualTo("02/11/2026");

        type("holidays-form:periods:0:first_input", "26/10/2026");
        type("holidays-form:periods:0:last_input", "25/10/2026");
        click("holidays-form:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("holidays-form"),
                "De laatste dag ligt voor de eerste."));
        assertThat(Staff.anonymous().get(autumnMonday).body()).contains("2026-10-26T17:00:00+01:00");

        type("holidays-form:periods:0:last_input", "01/11/2026");
        click("holidays-form:save");
        wait.until(ExpectedConditions.textToBe(By.id("holidays-state"), "Aangepaste data."));
        try {
            assertThat(Staff.anonymous().get(autumnMonday).body()).contains("\"start\":\"2026-10-26T14:00:00+01:00\"")
                    .contains("herfstvakantie");
        } finally {
            click("holidays-form:reset");
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
            wait.until(ExpectedConditions.textToBe(By.id("holidays-state"), "Berekende data."));
        }
        assertThat(Staff.anonymous().get(autumnMonday).body()).contains("2026-10-26T17:00:00+01:00");
    }
}
