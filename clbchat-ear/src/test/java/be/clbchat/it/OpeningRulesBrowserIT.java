package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import be.clbchat.domain.opening.FlemishSchoolCalendar;
import be.clbchat.domain.opening.SchoolHoliday;
import be.clbchat.domain.opening.SchoolHolidayPeriod;
import be.clbchat.domain.opening.SchoolYear;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A coordinator edits the weekly hours and the school holidays; the API answers with the new rules at once. */
class OpeningRulesBrowserIT {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter API_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

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
        // The blocks follow what this test changed, in the background: done before the next test writes blocks.
        BlockFollowUps.awaitQuiet();
    }

    private void type(String id, String text) {
        Browser.type(browser, id, text);
    }

    private void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    /**
     * Opens a rule set in the form and waits until the form was drawn anew: the page may open on that very set, so
     * its date alone does not say the answer came (reading the old form then meets elements that are being replaced).
     */
    private void editRuleSet(int index, String validFrom) {
        WebElement before = browser.findElement(By.id("rules-form:validFrom_input"));
        browser.findElements(By.cssSelector("#sets\\:rule-sets button")).get(index).click();
        wait.until(ExpectedConditions.stalenessOf(before));
        wait.until(ExpectedConditions.attributeToBe(By.id("rules-form:validFrom_input"), "value", validFrom));
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
        editRuleSet(0, "01/02/2016");
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

    /**
     * The weekly hours of today's rule set change for one weekday: on the next such day a block with someone on it is
     * flagged (never dropped), an empty one goes; with the old hours back, the flag goes too.
     */
    @Test
    void plannedBlocksFollowAChangeOfTheWeeklyHours() throws InterruptedException {
        ShiftFixtures.noSchedule();
        ShiftFixtures.operator("it-rules-op", "PSYCHOLOOG_PEDAGOOG", 2);
        // A day far enough ahead, open for at least two hours by the weekly rules.
        LocalDate day = LocalDate.now(BRUSSELS).plusDays(9);
        java.time.ZonedDateTime opens = null;
        for (; opens == null; day = day.plusDays(1)) {
            assertThat(day).as("an open day within three weeks").isBefore(LocalDate.now(BRUSSELS).plusDays(30));
            var intervals = ChatFixtures.json(Staff.anonymous().get("/api/lines/clbchat/opening-hours?from=" + day
                    + "&to=" + day).body()).getJsonArray("intervals").getValuesAs(jakarta.json.JsonObject.class);
            if (!intervals.isEmpty()) {
                java.time.ZonedDateTime start = java.time.OffsetDateTime.parse(intervals.get(0).getString("start"))
                        .atZoneSameInstant(BRUSSELS);
                java.time.ZonedDateTime end = java.time.OffsetDateTime.parse(intervals.get(0).getString("end"))
                        .atZoneSameInstant(BRUSSELS);
                if (start.getMinute() == 0 && !start.plusHours(2).isAfter(end)) {
                    opens = start;
                }
            }
        }
        LocalDate chosen = day.minusDays(1);
        long staffed = ShiftFixtures.blockAt(chosen, opens.getHour(), 1, 1, 3, false);
        long empty = ShiftFixtures.blockAt(chosen, opens.getHour() + 1, 1, 1, 3, false);
        ChatFixtures.sql("INSERT INTO shift_assignment (slot_id, username, source, assigned_by, assigned_at)"
                + " VALUES (?, 'it-rules-op', 'SIGN_UP', 'it-rules-op', NOW(3))", staffed);

        browser.get(ItServer.baseUrl() + "/admin/openingsuren/regels.xhtml");
        // Today's rule set: the second (2017-02-01, without an end).
        editRuleSet(1, "01/02/2017");
        String row = "rules-form:days:" + (chosen.getDayOfWeek().getValue() - 1) + ":";
        String school = browser.findElement(By.id(row + "school")).getAttribute("value");
        String holiday = browser.findElement(By.id(row + "holiday")).getAttribute("value");
        long before = BlockFollowUps.started();
        type(row + "school", "08:00-09:00");
        type(row + "holiday", "08:00-09:00");
        click("rules-form:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Openingsuren bewaard."));
        try {
            BlockFollowUps.awaitDone(before + 1);
            assertThat(ChatFixtures.count("SELECT COUNT(*) FROM shift_slot WHERE id = ?", empty))
                    .as("the empty block outside the new hours is gone").isZero();
            assertThat(ChatFixtures.count("SELECT COUNT(*) FROM shift_slot WHERE id = ? AND flagged_since IS NOT NULL",
                    staffed)).as("the block with someone on it is flagged").isEqualTo(1);
            assertThat(ChatFixtures.count("SELECT COUNT(*) FROM shift_assignment WHERE slot_id = ?", staffed))
                    .as("and keeps its people").isEqualTo(1);
        } finally {
            long restored = BlockFollowUps.started();
            type(row + "school", school);
            type(row + "holiday", holiday);
            click("rules-form:save");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Openingsuren bewaard."));
            BlockFollowUps.awaitDone(restored + 1);
        }
        assertThat(ChatFixtures.count("SELECT COUNT(*) FROM shift_slot WHERE id = ? AND flagged_since IS NULL",
                staffed)).as("within the hours again, no longer flagged").isEqualTo(1);
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
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#sets\\:rule-sets tbody tr"), 2));
    }

    @Test
    void aSchoolYearsHolidaysCanBeOverriddenAndReset() {
        // The page opens on the school year of today: its autumn holiday is computed, not written down, so that the
        // test means the same in every school year. The Monday a week before it is an ordinary school day (17:00).
        SchoolHolidayPeriod autumn = FlemishSchoolCalendar.holidays(SchoolYear.containing(LocalDate.now(BRUSSELS)))
                .get(0);
        assertThat(autumn.holiday()).isEqualTo(SchoolHoliday.AUTUMN);
        LocalDate mondayBefore = autumn.firstDay().minusWeeks(1);
        String monday = "/api/lines/clbchat/opening-hours?from=" + mondayBefore + "&to=" + mondayBefore;
        assertThat(Staff.anonymous().get(monday).body()).contains(at(mondayBefore, 17));

        browser.get(ItServer.baseUrl() + "/admin/openingsuren/schoolvakanties.xhtml");
        assertThat(browser.findElement(By.id("holidays-state")).getText()).isEqualTo("Berekende data.");
        assertThat(browser.findElement(By.id("holidays-form:periods:0:first_input")).getAttribute("value"))
                .isEqualTo(DAY.format(autumn.firstDay()));

        type("holidays-form:periods:0:first_input", DAY.format(mondayBefore));
        type("holidays-form:periods:0:last_input", DAY.format(mondayBefore.minusDays(1)));
        click("holidays-form:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("holidays-form"),
                "De laatste dag ligt voor de eerste."));
        assertThat(Staff.anonymous().get(monday).body()).contains(at(mondayBefore, 17));

        type("holidays-form:periods:0:last_input", DAY.format(autumn.firstDay().minusDays(1)));
        click("holidays-form:save");
        wait.until(ExpectedConditions.textToBe(By.id("holidays-state"), "Aangepaste data."));
        try {
            assertThat(Staff.anonymous().get(monday).body()).contains("\"start\":\"" + at(mondayBefore, 14) + "\"")
                    .contains("herfstvakantie");
        } finally {
            click("holidays-form:reset");
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
            wait.until(ExpectedConditions.textToBe(By.id("holidays-state"), "Berekende data."));
        }
        assertThat(Staff.anonymous().get(monday).body()).contains(at(mondayBefore, 17));
    }

    /** How the API writes that hour of that day in Brussels (+01:00 or, before the end of summer time, +02:00). */
    private static String at(LocalDate day, int hour) {
        return API_TIME.format(day.atTime(hour, 0).atZone(BRUSSELS));
    }
}
