package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A coordinator sees a short block, asks for a suggested roster, takes it over and sees the block filled. */
class RosterBrowserIT {

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start() {
        ShiftFixtures.noSchedule();
        // A coordinator in Brussels: the calendar must draw a block at the hours it has there (it drew them an hour late).
        browser = Browser.start(Browser.DESKTOP, ZoneId.of("Europe/Brussels"));
        wait = new WebDriverWait(browser, Duration.ofSeconds(40));
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void aShortBlockIsFilledFromTheSuggestion() {
        ShiftFixtures.operator("it-roster-nurse", "VERPLEEGKUNDIGE", 3);
        for (int i = 1; i <= 4; i++) {
            ShiftFixtures.operator("it-roster-pp" + i, "PSYCHOLOOG_PEDAGOOG", 2);
        }
        ShiftFixtures.operator("it-roster-away", "ARTS", 3);
        ChatFixtures.sql("UPDATE operator SET active = FALSE WHERE username = 'it-roster-away'");
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(9);
        long id = ShiftFixtures.eveningBlock(day, 3, 4, 6, true);
        ChatFixtures.sql("INSERT INTO shift_assignment (slot_id, username, source, assigned_by, assigned_at)"
                + " VALUES (?, 'it-roster-pp1', 'SIGN_UP', 'it-roster-pp1', NOW(3))", id);

        Browser.logInToAdmin(browser, wait, "/admin/index.xhtml", "demo-coordinator", "demo-coordinator");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("roster-summary"),
                "1 blok: 1 met een tekort, 0 zonder arts of verpleegkundige, 0 buiten de openingsuren."));
        browser.get(ItServer.baseUrl() + "/admin/rooster/index.xhtml?van=" + day);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("gaps:gap-table"), "tekort"));
        assertThat(browser.findElement(By.id("gaps:gap-table")).getText()).contains("1/4 (max 6) · geen medisch");
        By event = By.cssSelector("#calendar-form\\:calendar .block-short");
        wait.until(ExpectedConditions.visibilityOfElementLocated(event));
        assertThat(browser.findElement(event).getText()).contains("1/4 (max 6) · geen medisch – tekort");
        assertThat(browser.findElement(event).findElement(By.cssSelector(".fc-event-time")).getText())
                .as("the block of 18:00-21:00 (Brussels) as drawn").isEqualTo("18:00 - 21:00");
        // The week view starts at the first hour the line opens (or a block starts) in the weeks shown, not at midnight.
        LocalDate monday = day.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        jakarta.json.JsonObject hours = ChatFixtures.json(Staff.anonymous().get("/api/lines/clbchat/opening-hours?from="
                + monday + "&to=" + monday.plusWeeks(4).minusDays(1)).body());
        ZoneId brussels = ZoneId.of("Europe/Brussels");
        int firstOpening = hours.getJsonArray("intervals").getValuesAs(jakarta.json.JsonObject.class).stream()
                .mapToInt(interval -> java.time.OffsetDateTime.parse(interval.getString("start"))
                        .atZoneSameInstant(brussels).getHour()).min().orElse(13);
        String starts = ChatFixtures.text("SELECT GROUP_CONCAT(DATE_FORMAT(starts_at, '%Y-%m-%dT%H:%i:%s'))"
                + " FROM shift_slot WHERE line_code = 'clbchat' AND starts_at >= ? AND starts_at < ?",
                monday.minusDays(1), monday.plusWeeks(4).plusDays(1));
        int first = java.util.stream.Stream.of(starts == null ? new String[0] : starts.split(","))
                .map(java.time.LocalDateTime::parse).map(utc -> utc.atZone(ZoneId.of("UTC")).withZoneSameInstant(brussels))
                .filter(start -> !start.toLocalDate().isBefore(monday) && start.toLocalDate().isBefore(monday.plusWeeks(4)))
                .mapToInt(java.time.ZonedDateTime::getHour).reduce(firstOpening, Math::min);
        assertThat(browser.findElement(By.cssSelector("#calendar-form\\:calendar td.fc-timegrid-slot-label"))
                .getAttribute("data-time")).as("the first hour drawn").isEqualTo(String.format("%02d:00:00", first));
        Browser.assertNoAccessibilityProblems(browser);

        browser.findElement(By.id("period:propose")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("all-met")));
        assertThat(browser.findElement(By.id("summary")).getText()).as("in words, not a solver's score")
                .matches("Alle \\d+ blokken zijn bezet, elk met een arts of verpleegkundige\\.|Het blok is bezet.*");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("score").doesNotContain("hard/");
        String items = browser.findElement(By.id("proposal:items")).getText();
        assertThat(items).contains("IT it-roster-nurse").doesNotContain("it-roster-away").doesNotContain("IT it-roster-pp1 ");
        assertThat(items.split("voorgesteld", -1)).as("three places proposed").hasSize(4);

        // First one placement (in part), then the rest (whole).
        browser.findElement(By.cssSelector("#proposal\\:items tbody tr:first-child .ui-chkbox-box")).click();
        browser.findElement(By.id("proposal:accept-chosen")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "1 plaatsing overgenomen."));
        assertThat(browser.findElement(By.id("proposal:items")).getText()).contains("overgenomen");
        assertThat(ChatFixtures.count("SELECT COUNT(*) FROM shift_assignment WHERE slot_id = ?", id)).isEqualTo(2);
        browser.findElement(By.id("proposal:accept-all")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "2 plaatsingen overgenomen."));
        assertThat(ChatFixtures.count("SELECT COUNT(*) FROM shift_assignment WHERE slot_id = ?", id)).isEqualTo(4);
        assertThat(ChatFixtures.count("SELECT COUNT(*) FROM shift_assignment WHERE slot_id = ? AND source = 'SUGGESTION'",
                id)).isEqualTo(3);

        browser.findElement(By.id("proposal:back")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("gaps:gap-table"), "Geen tekorten"));
        By filled = By.cssSelector("#calendar-form\\:calendar .block-ok");
        wait.until(ExpectedConditions.visibilityOfElementLocated(filled));
        assertThat(browser.findElement(filled).getText()).contains("4/4 (max 6) · medisch ✓");
        browser.get(ItServer.baseUrl() + "/admin/index.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("roster-summary"),
                "1 blok: 0 met een tekort, 0 zonder arts of verpleegkundige, 0 buiten de openingsuren."));
    }

    /**
     * One solver at a time: while one coordinator's proposal is being made, a second coordinator's "Voorstel maken"
     * is refused with a clear message; the first gets theirs, and only one is stored. The first proposal is held in
     * the middle by a lock on the blocks' table that the test takes (no timing: the solver may be quick), and the
     * second is pressed only once the first is seen waiting for that lock.
     */
    @Test
    void whileOneProposalIsBeingMadeASecondIsRefusedWithAClearMessage() throws Exception {
        ShiftFixtures.operator("it-roster-nurse", "VERPLEEGKUNDIGE", 3);
        for (int i = 1; i <= 4; i++) {
            ShiftFixtures.operator("it-roster-pp" + i, "PSYCHOLOOG_PEDAGOOG", 2);
        }
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(9);
        ShiftFixtures.eveningBlock(day, 3, 4, 6, true);
        long proposalsBefore = ChatFixtures.count("SELECT COUNT(*) FROM roster_proposal");
        String refusal = "Er wordt al een voorstel berekend; probeer het zo meteen opnieuw.";
        WebDriver colleague = Browser.start(Browser.DESKTOP, ZoneId.of("Europe/Brussels"));
        try {
            WebDriverWait colleagueWaits = new WebDriverWait(colleague, Duration.ofSeconds(40));
            String page = "/admin/rooster/index.xhtml?van=" + day;
            Browser.logInToAdmin(browser, wait, page, "demo-coordinator", "demo-coordinator");
            Browser.logInToAdmin(colleague, colleagueWaits, page, "demo-coordinator", "demo-coordinator");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("period:propose")));
            colleagueWaits.until(ExpectedConditions.elementToBeClickable(By.id("period:propose")));
            // Both pages wholly loaded (the calendar fetches its blocks after the page): the lock must hold up no
            // more than the proposal.
            pageReady(wait);
            pageReady(colleagueWaits);
            assertThat(waitingForTheLock()).as("nothing waits for the blocks' table yet").isZero();

            try (java.sql.Connection lock = ChatFixtures.database();
                 java.sql.Statement statement = lock.createStatement()) {
                statement.execute("LOCK TABLES shift_slot WRITE");
                try {
                    press(browser);
                    awaitWaitingForTheLock(1);
                    press(colleague);
                    // Refused at once, or held too where the page itself reads the blocks: either way past the gate.
                    colleagueWaits.until(driver -> waitingForTheLock() >= 2
                            || driver.findElement(By.tagName("body")).getText().contains(refusal));
                } finally {
                    statement.execute("UNLOCK TABLES");
                }
            }
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("summary")));
            colleagueWaits.until(driver -> driver.findElement(By.tagName("body")).getText().contains(refusal));
            assertThat(colleague.getCurrentUrl()).as("the refused one stays on the roster page").contains("/rooster/index");
            Browser.assertNoAccessibilityProblems(colleague);
            assertThat(ChatFixtures.count("SELECT COUNT(*) FROM roster_proposal")).isEqualTo(proposalsBefore + 1);
        } finally {
            colleague.quit();
        }
    }

    /**
     * Presses "Voorstel maken" from a timer half a second later: the button submits the page, and a command that
     * starts a page load waits for it, which the test's lock holds up.
     */
    private static void press(WebDriver coordinator) {
        ((org.openqa.selenium.JavascriptExecutor) coordinator).executeScript(
                "setTimeout(() => document.getElementById('period:propose').click(), 500);");
    }

    /** The server's queries waiting for the test's lock on the blocks' table. */
    private static long waitingForTheLock() {
        return ChatFixtures.count("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = 'clbchat'"
                + " AND STATE LIKE 'Waiting for table%'");
    }

    private static void awaitWaitingForTheLock(long queries) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (waitingForTheLock() < queries) {
            assertThat(System.nanoTime()).as("%d queries waiting for the lock", queries).isLessThan(until);
            Thread.sleep(100);
        }
    }

    @Test
    void aPlacementThatNoLongerFitsIsSkippedAndTheOthersAreTakenOver() {
        ShiftFixtures.operator("it-roster-nurse", "VERPLEEGKUNDIGE", 3);
        for (int i = 1; i <= 4; i++) {
            ShiftFixtures.operator("it-roster-pp" + i, "PSYCHOLOOG_PEDAGOOG", 2);
        }
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(9);
        long id = ShiftFixtures.eveningBlock(day, 3, 4, 6, true);
        ChatFixtures.sql("INSERT INTO shift_assignment (slot_id, username, source, assigned_by, assigned_at)"
                + " VALUES (?, 'it-roster-pp1', 'SIGN_UP', 'it-roster-pp1', NOW(3))", id);
        Browser.logInToAdmin(browser, wait, "/admin/rooster/index.xhtml?van=" + day, "demo-coordinator",
                "demo-coordinator");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("period:propose"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("all-met")));

        // Meanwhile a colleague puts the nurse on an overlapping block.
        long other = ShiftFixtures.blockAt(day, 19, 2, 1, 4, false);
        ChatFixtures.sql("INSERT INTO shift_assignment (slot_id, username, source, assigned_by, assigned_at)"
                + " VALUES (?, 'it-roster-nurse', 'COORDINATOR', 'it', NOW(3))", other);
        pageReady();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("proposal:accept-all"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "2 plaatsingen overgenomen."));
        assertThat(browser.findElement(By.id("messages")).getText()).contains(
                "Niet overgenomen: it-roster-nurse: Deze operator staat op dat moment al op een ander blok.");
        assertThat(browser.findElement(By.id("proposal:items")).getText()).contains("past niet meer");
        assertThat(ChatFixtures.count("SELECT COUNT(*) FROM shift_assignment WHERE slot_id = ?", id)).isEqualTo(3);
        assertThat(ChatFixtures.text("SELECT outcome FROM roster_proposal_item WHERE username = 'it-roster-nurse'"))
                .isEqualTo("REFUSED");
    }

    @Test
    void aCoordinatorAssignsAndRemovesAnOperatorAndIsToldWhenABlockIsFull() {
        ShiftFixtures.operator("it-roster-solo", "ARTS", 3);
        ShiftFixtures.operator("it-roster-second", "ARTS", 3);
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(10);
        long id = ShiftFixtures.eveningBlock(day, 3, 1, 1, true);
        Browser.logInToAdmin(browser, wait, "/admin/rooster/index.xhtml?van=" + day, "demo-coordinator",
                "demo-coordinator");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#gaps\\:gap-table .open-block"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("block-form:assign")));
        choose("it-roster-solo");
        browser.findElement(By.id("block-form:assign")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("block-form:people"), "IT it-roster-solo"));
        assertThat(ChatFixtures.count("SELECT COUNT(*) FROM shift_assignment WHERE slot_id = ?", id)).isEqualTo(1);

        choose("it-roster-second");
        browser.findElement(By.id("block-form:assign")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("block-form"), "Dit blok is volzet (1 operator)."));
        assertThat(ChatFixtures.count("SELECT COUNT(*) FROM shift_assignment WHERE slot_id = ?", id)).isEqualTo(1);

        // The same block from the calendar, with the keyboard only: Tab reaches it, Enter opens it.
        browser.findElement(By.cssSelector("#block-dialog .ui-dialog-titlebar-close")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("block-dialog")));
        By fullBlock = By.cssSelector("#calendar-form\\:calendar .block-full");
        wait.until(ExpectedConditions.visibilityOfElementLocated(fullBlock));
        assertThat(browser.findElement(fullBlock).getAttribute("tabindex")).isEqualTo("0");
        browser.findElement(fullBlock).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("block-form:people"), "IT it-roster-solo"));
        browser.findElement(By.cssSelector("#block-form\\:people button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("block-form:people"), "Nog niemand op dit blok."));
        assertThat(ChatFixtures.count("SELECT COUNT(*) FROM shift_assignment WHERE slot_id = ?", id)).isZero();
    }

    @Test
    void aBlockOutsideTheOpeningHoursOrWithMinimumAboveMaximumIsRefusedAndNothingIsSaved() {
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(11);
        Browser.logInToAdmin(browser, wait, "/admin/rooster/index.xhtml?van=" + day, "demo-coordinator",
                "demo-coordinator");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-block:add-block")));
        Browser.type(browser, "new-block:newDay_input", day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        Browser.type(browser, "new-block:newStarts", "03:00");
        Browser.type(browser, "new-block:newEnds", "06:00");
        browser.findElement(By.id("new-block:add-block")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("new-block"),
                "Dit blok valt (deels) buiten de openingsuren."));

        // A day no opening rules reach (the opening hours refuse it): still a message at the field, not an error page.
        Browser.type(browser, "new-block:newDay_input", "07/01/2150");
        browser.findElement(By.id("new-block:add-block")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("new-block"),
                "Kies dagen tussen 2000 en 2100."));
        Browser.type(browser, "new-block:newDay_input", day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));

        Browser.type(browser, "new-block:newMin_input", "6");
        Browser.type(browser, "new-block:newMax_input", "4");
        browser.findElement(By.id("new-block:add-block")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("new-block"),
                "Het minimum (6) is groter dan het maximum (4)."));
        assertThat(ChatFixtures.count("SELECT COUNT(*) FROM shift_slot")).isZero();
        Browser.assertNoAccessibilityProblems(browser);
    }

    @Test
    void aCoordinatorWritesAShiftTemplateAfterBeingToldWhatIsWrong() {
        Browser.logInToAdmin(browser, wait, "/admin/rooster/sjablonen.xhtml", "demo-coordinator", "demo-coordinator");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("template-form:save")));
        Browser.type(browser, "template-form:starts", "14:00");
        Browser.type(browser, "template-form:ends", "17:00");
        Browser.type(browser, "template-form:min_input", "6");
        Browser.type(browser, "template-form:max_input", "4");
        browser.findElement(By.id("template-form:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("template-form"),
                "Het minimum (6) is groter dan het maximum (4)."));
        assertThat(ChatFixtures.count("SELECT COUNT(*) FROM shift_template")).isZero();

        Browser.type(browser, "template-form:min_input", "4");
        Browser.type(browser, "template-form:max_input", "6");
        browser.findElement(By.id("template-form:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("templates:template-table"),
                "schooldag, woensdag"));
        assertThat(browser.findElement(By.id("templates:template-table")).getText())
                .contains("14:00–17:00").contains("4 tot 6, minstens 1 arts of verpleegkundige");
        assertThat(ChatFixtures.count("SELECT COUNT(*) FROM shift_template")).isEqualTo(1);
        assertThat(browser.findElement(By.cssSelector("#messages .admin-message-info")).getText())
                .startsWith("Sjabloon bewaard.");
        Browser.assertNoAccessibilityProblems(browser);
    }

    @Test
    void aCoordinatorDescribesAnOperatorAndSeesTheirShiftsAgainstTheWish() {
        ShiftFixtures.operator("it-roster-profile", "PSYCHOLOOG_PEDAGOOG", 1);
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(12);
        for (int hour : new int[] {14, 18}) {
            long id = ShiftFixtures.blockAt(day, hour, 3, 1, 4, false);
            ChatFixtures.sql("INSERT INTO shift_assignment (slot_id, username, source, assigned_by, assigned_at)"
                    + " VALUES (?, 'it-roster-profile', 'COORDINATOR', 'it', NOW(3))", id);
        }
        Browser.logInToAdmin(browser, wait, "/admin/rooster/operatoren.xhtml", "demo-coordinator", "demo-coordinator");
        while (!browser.findElement(By.id("operators:month")).getText().equals(monthLabel(day))) {
            browser.findElement(By.id("operators:next-month")).click();
            wait.until(ExpectedConditions.stalenessOf(browser.findElement(By.id("operators:operator-table"))));
        }
        By row = By.xpath("//tbody[@id='operators:operator-table_data']/tr[td[normalize-space()='it-roster-profile']]");
        // 50 operators a page: the other tests' operators may put this one on a later page.
        while (browser.findElements(row).isEmpty()) {
            WebElement next = browser.findElement(By.cssSelector("#operators\\:operator-table .ui-paginator-next"));
            assertThat(next.getAttribute("class")).as("it-roster-profile on no page").doesNotContain("ui-state-disabled");
            WebElement firstRow = browser.findElement(By.cssSelector("#operators\\:operator-table_data tr"));
            next.click();
            wait.until(ExpectedConditions.stalenessOf(firstRow));
        }
        assertThat(browser.findElement(row).getText()).contains("2 / 1").contains("(meer dan gewenst)");

        browser.findElement(row).findElement(By.cssSelector(".edit-profile")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-form:realName")));
        Browser.type(browser, "profile-form:realName", "");
        Browser.type(browser, "profile-form:wishedShiftsPerMonth_input", "40");
        browser.findElement(By.id("profile-form:save-profile")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("profile-form"),
                "Vul de echte naam in (hoogstens 120 tekens); bezoekers zien die nooit."));
        assertThat(ChatFixtures.text("SELECT real_name FROM operator WHERE username = 'it-roster-profile'"))
                .isEqualTo("IT it-roster-profile");

        Browser.type(browser, "profile-form:realName", "Profiel Getest");
        Browser.type(browser, "profile-form:wishedShiftsPerMonth_input", "3");
        // With the form's messages the dialog is taller than the window: scrolled to its button, as a person does.
        org.openqa.selenium.WebElement save = browser.findElement(By.id("profile-form:save-profile"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center'})", save);
        save.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Profiel van it-roster-profile bewaard."));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(row, "Profiel Getest"));
        assertThat(browser.findElement(row).getText()).contains("2 / 3").doesNotContain("meer dan gewenst");
        Browser.assertNoAccessibilityProblems(browser);
    }

    private static String monthLabel(LocalDate day) {
        return day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.forLanguageTag("nl-BE"))
                + " " + day.getYear();
    }

    /** The page and PrimeFaces' handlers are loaded, and no ajax request is under way. */
    private void pageReady() {
        pageReady(wait);
    }

    /** The page is loaded, PrimeFaces is there and no Ajax request is under way. */
    private static void pageReady(WebDriverWait wait) {
        wait.until(driver -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.readyState === 'complete' && !!window.PrimeFaces"
                        + " && (!window.jQuery || window.jQuery.active === 0);")));
    }

    /** Picks an operator in the dialog's menu through PrimeFaces' own widget, as a keyboard or mouse choice would. */
    private void choose(String username) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "PF('operatorMenu').selectValue(arguments[0]);", username);
    }
}
