package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The annual report's figures from a school year of known chats (2019-2020, which no other test touches), through the
 * API, the CSV and the PDF: exactly the numbers the chats give, the "< 5" rule, the school year's last minute, and a
 * CLB's admin who sees their own boxes only. The transcripts of these chats are already deleted: the figures do not
 * need them.
 */
class StatisticsIT {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final List<String> CHATS = new ArrayList<>();
    private static String noordBox;
    private static String zuidBox;

    /** One answered chat, its transcript gone, and its registration. */
    private static void chat(String line, String queuedLocal, String role, Integer age, String gender, String device,
                             Integer stars, String foundVia, long minutes, String operator, boolean fake,
                             List<String> themes, List<String> outcomes) {
        String id = UUID.randomUUID().toString();
        CHATS.add(id);
        Instant queued = LocalDateTime.parse(queuedLocal).atZone(BRUSSELS).toInstant();
        Instant accepted = queued.plusSeconds(120);
        ChatFixtures.sql("INSERT INTO chat (id, line_code, state, resume_token_hash, nickname, visitor_role, age, gender,"
                        + " device, queued_at, operator_username, operator_alias, accepted_at, ended_at, ended_by,"
                        + " end_reason, rating_stars, found_via, transcript_deleted_at)"
                        + " VALUES (?, ?, 'ENDED', ?, '', ?, ?, ?, ?, ?, ?, 'Stat', ?, ?, 'VISITOR', 'ENDED_BY_VISITOR', ?, ?,"
                        + " UTC_TIMESTAMP(3))",
                id, line, id.replace("-", "") + "0000000000000000000000000000", role, age, gender, device,
                Timestamp.from(queued), operator, Timestamp.from(accepted),
                Timestamp.from(accepted.plus(Duration.ofMinutes(minutes))), stars, foundVia);
        ChatFixtures.sql("INSERT INTO chat_registration (chat_id, line_code, operator_username, client_type,"
                + " suspected_fake, registered_at, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, UTC_TIMESTAMP(3), 'it',"
                + " UTC_TIMESTAMP(3))", id, line, operator, role, fake);
        themes.forEach(theme -> ChatFixtures.sql(
                "INSERT INTO chat_registration_theme (chat_id, theme_code) VALUES (?, ?)", id, theme));
        outcomes.forEach(outcome -> ChatFixtures.sql(
                "INSERT INTO chat_registration_outcome (chat_id, outcome) VALUES (?, ?)", id, outcome));
    }

    @BeforeAll
    static void aSchoolYearOfKnownChats() {
        noordBox = ChatFixtures.text("SELECT line_code FROM box WHERE clb_code = 'demo-clb-noord' ORDER BY line_code");
        zuidBox = ChatFixtures.text("SELECT line_code FROM box WHERE clb_code = 'demo-clb-zuid' ORDER BY line_code");
        String[] genders = {"GIRL", "GIRL", "GIRL", "GIRL", "GIRL", "GIRL", "BOY", null};
        int[] ages = {14, 15, 16, 14, 15, 16, 13, 17};
        Integer[] stars = {5, 4, 4, 5, 3, 5, null, null};
        String[] devices = {"MOBILE", "MOBILE", "MOBILE", "MOBILE", "MOBILE", "MOBILE", "DESKTOP", "TABLET"};
        // The first at the school year's first moment, the last at its last minute.
        String[] days = {"2019-09-01T00:00:00", "2019-10-07T16:00:00", "2019-11-12T17:00:00", "2020-01-20T18:00:00",
            "2020-02-03T19:00:00", "2020-03-09T16:30:00", "2020-05-11T20:00:00", "2020-08-31T23:57:00"};
        for (int i = 0; i < 8; i++) {
            List<String> themes = i < 2 ? List.of("pesten", "studiekeuze") : i < 6 ? List.of("pesten") : List.of();
            List<String> outcomes = new ArrayList<>(List.of("SUPPORT"));
            if (i < 5) {
                outcomes.add("INFO_ADVICE");
            }
            if (i == 7) {
                outcomes.add("ABORTED");
            }
            chat("clbchat", days[i], "PUPIL", ages[i], genders[i], devices[i], stars[i],
                    i < 5 ? "SMARTSCHOOL" : "CLB_WEBSITE", 20, i < 5 ? "it-stat-op-1" : "it-stat-op-2", i == 6, themes,
                    outcomes);
        }
        Integer[] parentStars = {5, 5, 4, null};
        for (int i = 0; i < 4; i++) {
            chat("clbchat", "2020-02-1" + i + "T20:00:00", "PARENT", null, null, "DESKTOP", parentStars[i], null, 10,
                    "it-stat-op-2", false, List.of("leermoeilijkheden"), List.of("SUPPORT"));
        }
        // The first moment of the next school year: not in 2019-2020.
        chat("clbchat", "2020-09-01T00:00:00", "PUPIL", 15, "GIRL", "MOBILE", 5, null, 20, "it-stat-op-1", false,
                List.of("pesten"), List.of("SUPPORT"));
        chat(noordBox, "2020-03-16T10:00:00", "PARENT", null, null, "MOBILE", 5, null, 15, "demo-noord-1", false,
                List.of(), List.of("INFO_ADVICE"));
        chat(zuidBox, "2020-03-17T10:00:00", "PUPIL", 12, "BOY", "MOBILE", 4, null, 15, "demo-zuid-1", false,
                List.of(), List.of("INFO_ADVICE"));
        // The chatscan: sent in the school year for op-1 (twice) and op-2 (answered); one still open and one sent the
        // year after do not count.
        String[][] scans = {{"it-stat-op-1", "SENT", "2019-11-20 12:00:00"}, {"it-stat-op-1", "SENT",
            "2020-03-02 12:00:00"}, {"it-stat-op-2", "ANSWERED", "2020-06-30 12:00:00"}, {"it-stat-op-2", "OPEN", null},
            {"it-stat-op-1", "SENT", "2020-09-02 12:00:00"}};
        for (int i = 0; i < scans.length; i++) {
            ChatFixtures.sql("INSERT INTO chatscan (chat_id, line_code, operator_username, period_start, origin,"
                    + " created_at, state, reviewer, sent_at) VALUES (?, 'clbchat', ?, '2019-10-01', 'DRAWN', NOW(3), ?,"
                    + " 'demo-coordinator', ?)", CHATS.get(i), scans[i][0], scans[i][1], scans[i][2]);
        }
        // Hand-overs that reached their receiver: five warm ones to a partner line, one cold to a colleague; one the
        // visitor refused and one of the next school year do not count.
        for (int i = 0; i < 5; i++) {
            handover(CHATS.get(i), "LINE", true, "it-stat-partner", "TAKEN", days[i]);
        }
        handover(CHATS.get(5), "COLLEAGUE", false, "clbchat", "TAKEN", days[5]);
        handover(CHATS.get(6), "LINE", true, "it-stat-partner", "REFUSED", days[6]);
        handover(CHATS.get(12), "LINE", true, "it-stat-partner", "TAKEN", "2020-09-01T00:00:00");
        // Waited and left before anyone answered: not a chat of the statistics.
        String left = UUID.randomUUID().toString();
        CHATS.add(left);
        ChatFixtures.sql("INSERT INTO chat (id, line_code, state, resume_token_hash, nickname, visitor_role, queued_at,"
                + " ended_at, ended_by, end_reason) VALUES (?, 'clbchat', 'ENDED', ?, '', 'PUPIL', ?, ?, 'VISITOR',"
                + " 'LEFT_QUEUE')", left, left.replace("-", "") + "1111111111111111111111111111",
                Timestamp.from(Instant.parse("2020-01-15T17:00:00Z")), Timestamp.from(Instant.parse("2020-01-15T17:05:00Z")));
    }

    private static void handover(String chat, String kind, boolean warm, String to, String state, String offeredLocal) {
        Instant offered = LocalDateTime.parse(offeredLocal).atZone(BRUSSELS).toInstant().plusSeconds(300);
        ChatFixtures.sql("INSERT INTO chat_handover (id, chat_id, kind, warm, from_line, from_operator, from_alias,"
                + " to_line, state, offered_at, taken_by, taken_alias, closed_at) VALUES (?, ?, ?, ?, 'clbchat',"
                + " 'it-stat-op-1', 'Stat', ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), chat, kind, warm, to,
                state, Timestamp.from(offered), state.equals("TAKEN") ? "it-stat-op-2" : null,
                state.equals("TAKEN") ? "Stat2" : null, Timestamp.from(offered.plusSeconds(60)));
    }

    @AfterAll
    static void forgetThem() {
        for (String id : CHATS) {
            ChatFixtures.sql("DELETE FROM chat_handover WHERE chat_id = ?", id);
            ChatFixtures.sql("DELETE FROM chatscan WHERE chat_id = ?", id);
            ChatFixtures.sql("DELETE FROM chat_registration WHERE chat_id = ?", id);
            ChatFixtures.sql("DELETE FROM chat WHERE id = ?", id);
        }
    }

    private static JsonObject figures(Staff who, String query) {
        HttpResponse<String> response = who.get("/api/statistics?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ChatFixtures.json(response.body());
    }

    private static double number(JsonObject json, String key) {
        return json.getJsonNumber(key).doubleValue();
    }

    @Test
    void aSchoolYearOfKnownChatsGivesExactlyItsFigures() {
        JsonObject json = figures(ChatFixtures.coordinator(), "schoolYear=2019-2020&line=clbchat");
        assertThat(json.getJsonObject("period").getString("from")).isEqualTo("2019-09-01");
        assertThat(json.getJsonObject("period").getString("to")).isEqualTo("2020-08-31");
        assertThat(json.getInt("chats")).as("answered, in the year, on the line").isEqualTo(12);
        assertThat(json.getJsonObject("byRole").toString()).isEqualTo(
                "{\"pupil\":8,\"parent\":4,\"teacher\":0,\"other\":0}");
        assertThat(number(json, "averageDurationMinutes")).isEqualTo(16.67);
        assertThat(number(json, "averageWaitMinutes")).isEqualTo(2.0);
        assertThat(number(json, "mobileShare")).as("7 of 12 on a phone or tablet").isEqualTo(0.5833);
        JsonObject rating = json.getJsonObject("averageRating");
        assertThat(number(rating, "pupil")).as("6 pupils rated, 2 did not").isEqualTo(4.33);
        assertThat(rating.getString("parent")).as("3 ratings").isEqualTo("< 5");
        assertThat(rating.get("teacher")).isEqualTo(JsonValue.NULL);

        JsonArray pupilThemes = json.getJsonObject("topThemes").getJsonArray("pupil");
        assertThat(pupilThemes.toString()).isEqualTo("[{\"code\":\"pesten\",\"name\":\"Pesten en cyberpesten\","
                + "\"count\":6},{\"code\":\"studiekeuze\",\"name\":\"Studiekeuze\",\"count\":\"< 5\"}]");
        assertThat(json.getJsonObject("topThemes").getJsonArray("parent").getJsonObject(0).getString("count"))
                .isEqualTo("< 5");

        JsonObject pupilOutcomes = json.getJsonObject("outcomes").getJsonObject("pupil");
        assertThat(number(pupilOutcomes, "support")).isEqualTo(1.0);
        assertThat(number(pupilOutcomes, "info-advice")).as("a chat with two outcomes counts in both").isEqualTo(0.625);
        assertThat(pupilOutcomes.getString("aborted")).isEqualTo("< 5");
        assertThat(number(pupilOutcomes, "referred-clb")).isZero();
        assertThat(json.getJsonObject("outcomes").getJsonObject("parent").getString("support"))
                .as("4 parents in all").isEqualTo("< 5");

        JsonObject foundVia = json.getJsonObject("foundVia").getJsonObject("pupil");
        assertThat(number(foundVia, "smartschool")).isEqualTo(0.625);
        assertThat(foundVia.getString("clb-website")).isEqualTo("< 5");
        assertThat(json.getJsonObject("foundVia").getJsonObject("parent").get("smartschool"))
                .as("no parent answered").isEqualTo(JsonValue.NULL);
        assertThat(number(json, "fakeCallShare")).isEqualTo(0.0833);
        JsonObject gender = json.getJsonObject("pupilGender");
        assertThat(number(gender, "girl")).as("6 of the 7 who said").isEqualTo(0.8571);
        assertThat(gender.getString("boy")).isEqualTo("< 5");
        assertThat(number(json, "averagePupilAge")).isEqualTo(15.0);
        assertThat(number(json.getJsonObject("abortedShare"), "pupil")).isEqualTo(0.125);
        int openingDays = json.getInt("openingDays");
        assertThat(openingDays).as("school days and holidays of 2019-2020 by the opening rules").isBetween(150, 366);
        assertThat(number(json, "chatsPerOpeningDay")).isCloseTo(12.0 / openingDays, within(0.005));

        JsonObject operators = json.getJsonObject("operators");
        assertThat(operators.getInt("active")).isEqualTo(2);
        assertThat(operators.getJsonObject("chatsPerOperator").toString()).isEqualTo(
                "{\"average\":6.00,\"fewest\":5,\"median\":5,\"most\":7}");
        assertThat(operators.getJsonObject("byDiscipline").getInt("unknown")).isEqualTo(2);
        assertThat(operators.getInt("chatscansDone")).as("sent in the school year, on this line").isEqualTo(3);
        assertThat(operators.getInt("withChatscan")).isEqualTo(2);
        assertThat(json.getJsonObject("boxes").getInt("chats")).as("no box on this line").isZero();
        assertThat(json.getJsonArray("handovers").toString()).as("taken in the year; fewer than 5 is not a number")
                .isEqualTo("[{\"from\":\"clbchat\",\"fromName\":\"CLBch@t\",\"to\":\"clbchat\","
                        + "\"toName\":\"CLBch@t\",\"kind\":\"colleague\",\"warm\":false,\"count\":\"< 5\"},"
                        + "{\"from\":\"clbchat\",\"fromName\":\"CLBch@t\",\"to\":\"it-stat-partner\","
                        + "\"toName\":\"it-stat-partner\",\"kind\":\"line\",\"warm\":true,\"count\":5}]");

        JsonArray trend = json.getJsonArray("trend");
        assertThat(trend).as("one line: only the platform's own years").hasSize(1);
        assertThat(trend.getJsonObject(0).getString("schoolYear")).isEqualTo("2019-2020");
        assertThat(trend.getJsonObject(0).getInt("chats")).isEqualTo(12);
        assertThat(trend.getJsonObject(0).getInt("parents")).isEqualTo(4);
        assertThat(trend.getJsonObject(0).getBoolean("enteredByHand")).isFalse();
    }

    @Test
    void everyLineTogetherHasTheBoxesAndTheYearsEnteredByHand() {
        JsonObject json = figures(ChatFixtures.coordinator(), "schoolYear=2019-2020");
        assertThat(json.getInt("chats")).isEqualTo(14);
        assertThat(json.getJsonObject("boxes").getInt("chats")).isEqualTo(2);
        assertThat(json.getJsonObject("boxes").getInt("withParents")).isEqualTo(1);
        JsonArray trend = json.getJsonArray("trend");
        assertThat(trend.stream().map(JsonValue::asJsonObject).map(year -> year.getString("schoolYear")).toList())
                .containsExactly("2015-2016", "2018-2019", "2019-2020");
        JsonObject first = trend.getJsonObject(0);
        assertThat(first.getInt("chats")).isEqualTo(2000);
        assertThat(first.getBoolean("enteredByHand")).isTrue();
        assertThat(first.getBoolean("approximate")).isTrue();
        assertThat(first.getString("source")).contains("bijna 2000");
        assertThat(figures(ChatFixtures.coordinator(), "schoolYear=2019-2020&line=boxes").getInt("chats")).isEqualTo(2);

        JsonObject bullying = figures(ChatFixtures.coordinator(), "schoolYear=2019-2020&line=clbchat&theme=pesten");
        JsonObject year = bullying.getJsonArray("trend").getJsonObject(0);
        assertThat(year.getInt("themeChats")).isEqualTo(6);
        assertThat(number(year, "themeShare")).isEqualTo(0.5);
        assertThat(bullying.getJsonObject("theme").getString("name")).isEqualTo("Pesten en cyberpesten");
    }

    @Test
    void aClbsAdminSeesTheirOwnBoxesOnlyAndAnotherCentresBoxIsAsUnknownAsNone() {
        Staff noord = Staff.withBasic("demo-noord-admin", "demo-noord-admin");
        JsonObject own = figures(noord, "schoolYear=2019-2020");
        assertThat(own.getInt("chats")).isEqualTo(1);
        assertThat(own.getJsonObject("byRole").getInt("parent")).isEqualTo(1);
        assertThat(own.getString("lineName")).isEqualTo("al onze boxen");
        assertThat(own.getJsonArray("trend")).hasSize(1);
        assertThat(own.getJsonArray("handovers")).as("none from or to their boxes").isEmpty();
        assertThat(figures(noord, "schoolYear=2019-2020&line=" + noordBox).getInt("chats")).isEqualTo(1);

        HttpResponse<String> zuid = noord.get("/api/statistics?schoolYear=2019-2020&line=" + zuidBox);
        HttpResponse<String> none = noord.get("/api/statistics?schoolYear=2019-2020&line=no-such-line");
        HttpResponse<String> main = noord.get("/api/statistics?schoolYear=2019-2020&line=clbchat");
        assertThat(zuid.statusCode()).isEqualTo(400);
        assertThat(zuid.body()).isEqualTo(none.body()).isEqualTo(main.body()).contains("unknown-line");
        assertThat(Staff.withBasic("demo-operator", "demo-operator").get("/api/statistics").statusCode())
                .isEqualTo(403);
        assertThat(Staff.anonymous().get("/api/statistics").statusCode()).isEqualTo(401);
    }

    @Test
    void theDashboardShowsTodaySoFar() {
        Instant now = Instant.now();
        Instant midnight = java.time.LocalDate.now(BRUSSELS).atStartOfDay(BRUSSELS).toInstant();
        Instant queued = now.minusSeconds(90).isBefore(midnight) ? midnight : now.minusSeconds(90);
        String id = UUID.randomUUID().toString();
        CHATS.add(id);
        ChatFixtures.sql("INSERT INTO chat (id, line_code, state, resume_token_hash, nickname, visitor_role, queued_at,"
                + " operator_username, operator_alias, accepted_at, ended_at, ended_by, end_reason) VALUES (?, 'clbchat',"
                + " 'ENDED', ?, '', 'PUPIL', ?, 'it-stat-op-1', 'Stat', ?, ?, 'VISITOR', 'ENDED_BY_VISITOR')", id,
                id.replace("-", "") + "2222222222222222222222222222", Timestamp.from(queued),
                Timestamp.from(queued.plusSeconds(60)), Timestamp.from(queued.plusSeconds(80)));
        long today = ChatFixtures.count("SELECT COUNT(*) FROM chat WHERE accepted_at IS NOT NULL AND queued_at >= ?",
                Timestamp.from(midnight));
        long waiting = ChatFixtures.count("SELECT COUNT(*) FROM chat WHERE state = 'QUEUED'");
        String dashboard = Staff.loggedIn("/admin/", "demo-coordinator", "demo-coordinator").open("/admin/").body();
        assertThat(dashboard).contains("id=\"today-chats\">" + today + "<", "id=\"today-waiting\">" + waiting + "<");
        String noord = Staff.loggedIn("/admin/", "demo-noord-admin", "demo-noord-admin").open("/admin/").body();
        long noordToday = ChatFixtures.count("SELECT COUNT(*) FROM chat WHERE accepted_at IS NOT NULL AND queued_at >= ?"
                + " AND line_code IN (SELECT line_code FROM box WHERE clb_code = 'demo-clb-noord')", Timestamp.from(midnight));
        assertThat(noord).as("their boxes' chats only").contains("id=\"today-chats\">" + noordToday + "<");
        assertThat(noordToday).isLessThan(today);
    }

    @Test
    void aBadYearPeriodLineOrThemeIsA400NamingIt() {
        Staff coordinator = ChatFixtures.coordinator();
        String[][] cases = {
            {"schoolYear=2019-2021", "schoolYear"}, {"schoolYear=vorig-jaar", "schoolYear"},
            {"from=2020-01-01", "to"}, {"from=2020-01-01&to=2019-12-31", "to"}, {"from=2019-01-01&to=2020-06-30", "to"},
            {"from=2020-13-01&to=2020-12-31", "from"}, {"schoolYear=2019-2020&from=2020-01-01&to=2020-02-01", "schoolYear"},
            {"line=CLBCHAT%27%20OR%201", "line"}, {"line=no-such-line", "line"}, {"theme=no-such-theme", "theme"}};
        for (String[] bad : cases) {
            HttpResponse<String> response = coordinator.get("/api/statistics?" + bad[0]);
            assertThat(response.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/json"));
            assertThat(ChatFixtures.json(response.body()).getJsonObject("fields").containsKey(bad[1])).as(bad[0])
                    .isTrue();
        }
        JsonObject free = figures(coordinator, "from=2020-02-01&to=2020-02-29&line=clbchat");
        assertThat(free.getInt("chats")).as("the four parents of February").isEqualTo(5);
        assertThat(free.getJsonObject("period").get("schoolYear")).isEqualTo(JsonValue.NULL);
    }

    @Test
    void aCoordinatorSwitchesTheYearSeesTheChartsAndDownloadsATable() throws Exception {
        java.nio.file.Path downloads = java.nio.file.Files.createTempDirectory("clbchat-downloads-");
        org.openqa.selenium.WebDriver browser = Browser.startSavingDownloadsIn(downloads);
        try {
            org.openqa.selenium.support.ui.WebDriverWait wait = Browser.waitFor(browser);
            Browser.logInToAdmin(browser, wait, "/admin/statistieken/index.xhtml", "demo-coordinator",
                    "demo-coordinator");
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Statistieken"));
            String thisYear = be.clbchat.domain.opening.SchoolYear.containing(java.time.LocalDate.now(BRUSSELS)).label();
            assertThat(browser.findElement(By.id("shown")).getText()).startsWith("Schooljaar " + thisYear);
            wait.until(driver -> !driver.findElements(By.cssSelector("#stat-trend canvas")).isEmpty());
            Browser.assertNoAccessibilityProblems(browser);

            JavascriptExecutor script = (JavascriptExecutor) browser;
            script.executeScript("PrimeFaces.getWidgetById('filters:schoolYear').selectValue('2019-2020');");
            script.executeScript("PrimeFaces.getWidgetById('filters:line').selectValue('clbchat');");
            browser.findElement(By.id("filters:show")).click();
            wait.until(ExpectedConditions.textToBe(By.id("shown"), "Schooljaar 2019-2020, CLBch@t: 12 chats"));
            assertThat(browser.findElement(By.id("table-themas-pupil")).getText())
                    .contains("Pesten en cyberpesten 6").contains("Studiekeuze < 5");
            assertThat(browser.findElement(By.id("table-kerncijfers")).getText()).contains("Chats 12")
                    .contains("Gemiddelde duur (minuten) 16,7");
            assertThat(browser.findElements(By.cssSelector(".stat-section canvas")).size())
                    .as("a chart beside every table but the boxes'").isGreaterThanOrEqualTo(10);
            Browser.assertNoAccessibilityProblems(browser);

            browser.findElement(By.id("csv-themas-pupil")).click();
            java.nio.file.Path file = downloads.resolve("clbchat-themas-pupil-2019-2020.csv");
            wait.until(driver -> java.nio.file.Files.exists(file));
            assertThat(java.nio.file.Files.readString(file, StandardCharsets.UTF_8))
                    .isEqualTo("\uFEFFThema;Chats\r\nPesten en cyberpesten;6\r\nStudiekeuze;< 5\r\n");
        } finally {
            browser.quit();
        }
    }

    @Test
    void aCoordinatorEntersAYearBeforeThePlatformAndItJoinsTheTrend() {
        org.openqa.selenium.WebDriver browser = Browser.start(Browser.DESKTOP);
        try {
            org.openqa.selenium.support.ui.WebDriverWait wait = Browser.waitFor(browser);
            Browser.logInToAdmin(browser, wait, "/admin/statistieken/index.xhtml", "demo-coordinator",
                    "demo-coordinator");
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Statistieken"));
            assertThat(browser.findElement(By.id("past-years-form")).getText()).contains("2023-2024", "8.339",
                    "Jaarverslag onlinehulp in de CLB-sector 2023-2024");
            JavascriptExecutor script = (JavascriptExecutor) browser;
            script.executeScript("PrimeFaces.getWidgetById('past-form:pastYear').selectValue('2016-2017');");
            Browser.type(browser, "past-form:pastChats", "veel");
            browser.findElement(By.id("past-form:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("past-form"),
                    "Het aantal chats is een geheel getal."));
            Browser.type(browser, "past-form:pastChats", "4100");
            Browser.type(browser, "past-form:pastParents", "5000");
            browser.findElement(By.id("past-form:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("past-form"),
                    "Het aantal ouders ligt tussen 0 en het aantal chats."));
            assertThat(browser.findElement(By.id("past-form")).getText()).contains("Zeg waar de cijfers vandaan komen");
            Browser.assertNoAccessibilityProblems(browser);
            Browser.type(browser, "past-form:pastParents", "");
            Browser.type(browser, "past-form:pastSource", "Integratietest");
            browser.findElement(By.id("past-form:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("past-years-form"), "Integratietest"));
            assertThat(browser.findElement(By.id("past-years-form")).getText()).contains("2016-2017", "4.100");
            assertThat(figures(ChatFixtures.coordinator(), "schoolYear=2019-2020").getJsonArray("trend").stream()
                    .map(year -> year.asJsonObject().getString("schoolYear")).toList())
                    .containsExactly("2015-2016", "2016-2017", "2018-2019", "2019-2020");

            browser.findElement(By.cssSelector("button[aria-label='2016-2017 verwijderen']")).click();
            wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("past-years-form"), "Integratietest")));
        } finally {
            ChatFixtures.sql("DELETE FROM statistics_past_year WHERE school_year = 2016");
            browser.quit();
        }
    }

    @Test
    void theCsvAndThePdfSayWhatTheFiguresSay() throws IOException {
        Staff coordinator = Staff.loggedIn("/admin/statistieken/index.xhtml", "demo-coordinator", "demo-coordinator");
        String query = "&schoolYear=2019-2020&line=clbchat";
        HttpResponse<String> themes = coordinator.get("/admin/statistieken/download?format=csv&table=themas-pupil" + query);
        assertThat(themes.statusCode()).isEqualTo(200);
        assertThat(themes.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"clbchat-themas-pupil-2019-2020.csv\"");
        assertThat(themes.body()).isEqualTo("\uFEFFThema;Chats\r\nPesten en cyberpesten;6\r\nStudiekeuze;< 5\r\n");
        assertThat(coordinator.get("/admin/statistieken/download?format=csv&table=doorverbindingen" + query).body())
                .isEqualTo("\uFEFFVan;Naar;Hoe;Gesprekken\r\nCLBch@t;een collega (CLBch@t);koud;< 5\r\n"
                        + "CLBch@t;it-stat-partner;warm;5\r\n");
        String key = coordinator.get("/admin/statistieken/download?format=csv&table=kerncijfers" + query).body();
        assertThat(key).contains("Chats;12\r\n", "Leerlingen;8 (66,7%)\r\n", "Gemiddelde duur (minuten);16,7\r\n",
                "Gemiddelde wachttijd (minuten);2,00\r\n", "Vermoedelijke nepoproepen;8,3%\r\n",
                "Gemiddelde leeftijd leerlingen;15,0\r\n");
        assertThat(coordinator.get("/admin/statistieken/download?format=csv&table=nope" + query).statusCode())
                .isEqualTo(404);
        assertThat(coordinator.get("/admin/statistieken/download?format=csv&table=trend&schoolYear=2019").statusCode())
                .isEqualTo(400);

        HttpResponse<byte[]> pdf = coordinator.download("/admin/statistieken/download?format=pdf" + query);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        StringBuilder text = new StringBuilder();
        PdfReader reader = new PdfReader(pdf.body());
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        assertThat(text.toString()).contains("Jaarverslag onlinehulp: CLBch@t", "Schooljaar 2019-2020, CLBch@t",
                "Top-10 thema's: leerlingen", "Pesten en cyberpesten", "Gemiddelde duur (minuten)", "16,7",
                "Resultaat van het gesprek per groep", "62,5%", "< 5");

        Staff noord = Staff.loggedIn("/admin/statistieken/index.xhtml", "demo-noord-admin", "demo-noord-admin");
        HttpResponse<String> foreign = noord.get("/admin/statistieken/download?format=csv&table=kerncijfers"
                + "&schoolYear=2019-2020&line=" + zuidBox);
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(foreign.body()).isEqualTo("Die chatlijn bestaat niet.");
        assertThat(noord.get("/admin/statistieken/download?format=csv&table=kerncijfers&schoolYear=2019-2020").body())
                .contains("Chats;1\r\n");
    }
}
