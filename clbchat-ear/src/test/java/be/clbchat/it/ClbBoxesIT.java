package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Chat-met-je-CLB against the running server and its MariaDB: a box's line opens only in its windows, its visitors
 * wait in its own queue that only its team sees, and the other CLB's staff find nothing of it anywhere.
 */
class ClbBoxesIT {

    static final String NOORD = "demo-clb-noord";
    static final String ZUID = "demo-clb-zuid";
    static final Staff NOORD_ADMIN = Staff.withBasic("demo-noord-admin", "demo-noord-admin");
    static final Staff ZUID_ADMIN = Staff.withBasic("demo-zuid-admin", "demo-zuid-admin");
    private static final AtomicInteger SLUGS = new AtomicInteger();
    static long opening;

    @BeforeAll
    static void clbchatOpen() {
        opening = ChatFixtures.exception("open");
    }

    @AfterAll
    static void clbchatBackToItsHours() {
        ChatFixtures.removeException(opening);
    }

    @BeforeEach
    void quiet() {
        ChatFixtures.quietEvening();
    }

    static String slug(String base) {
        return base + "-" + SLUGS.incrementAndGet() + "-" + (System.nanoTime() % 100000);
    }

    static String boxJson(String title, String slug, Instant start, Instant end, String team, String state,
                          String... audience) {
        String windows = start == null ? "[]"
                : "[{\"start\":\"" + start + "\",\"end\":\"" + end + "\"}]";
        String roles = audience.length == 0 ? "[\"pupil\",\"parent\"]"
                : "[\"" + String.join("\",\"", audience) + "\"]";
        return "{\"title\":\"" + title + "\",\"slug\":\"" + slug + "\",\"purpose\":\"information\",\"audience\":"
                + roles + ",\"intro\":\"Stel je vraag.\",\"windows\":" + windows + ",\"team\":"
                + (team == null ? "[]" : "[\"" + team + "\"]") + ",\"state\":\"" + state + "\"}";
    }

    /** A box of Demo-CLB Noord, open from a minute ago for two hours when published. */
    static JsonObject noordBoxNow(String title, String state, String team) {
        Instant start = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> made = NOORD_ADMIN.postJson("/api/clbs/" + NOORD + "/boxes",
                boxJson(title, slug("box"), start, start.plus(2, ChronoUnit.HOURS), team, state));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        return ChatFixtures.json(made.body());
    }

    static JsonObject status(String line) {
        HttpResponse<String> status = Staff.anonymous().get("/api/lines/" + line + "/status");
        assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
        return ChatFixtures.json(status.body());
    }

    @Test
    void aBoxIsOpenOnlyInsideItsWindowsAndOnlyWhilePublished() {
        JsonObject box = noordBoxNow("Open of niet", "draft", "demo-noord-1");
        String line = box.getString("line");
        String path = "/api/clbs/" + NOORD + "/boxes/" + box.getString("code");
        assertThat(status(line).getBoolean("open")).as("a draft is never open").isFalse();
        assertThat(Staff.anonymous().get("/clb/" + NOORD + "/" + box.getString("slug")).statusCode())
                .as("a draft has no public page").isEqualTo(404);

        JsonObject published = ChatFixtures.json(NOORD_ADMIN.putJson(path, box.toString()
                .replace("\"state\":\"draft\"", "\"state\":\"published\"")).body());
        assertThat(published.getString("state")).isEqualTo("published");
        JsonObject open = status(line);
        assertThat(open.getBoolean("open")).isTrue();
        assertThat(open.getString("closesAt")).isEqualTo(box.getJsonArray("windows").getJsonObject(0)
                .getString("end"));
        String page = Staff.anonymous().get("/clb/" + NOORD + "/" + box.getString("slug")).body();
        assertThat(page).contains("Open of niet").contains("Nu open, tot ").contains("/chat.html?lijn=" + line);

        Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> moved = NOORD_ADMIN.putJson(path, boxJson("Open of niet", box.getString("slug"),
                tomorrow, tomorrow.plus(2, ChronoUnit.HOURS), "demo-noord-1", "published"));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        JsonObject later = status(line);
        assertThat(later.getBoolean("open")).isFalse();
        assertThat(OffsetDateTime.parse(later.getString("nextOpening")).toInstant()).isEqualTo(tomorrow);
        assertThat(Staff.anonymous().get("/clb/" + NOORD + "/" + box.getString("slug")).body())
                .contains("Nu gesloten. Deze chat opent morgen om ").doesNotContain("chat.html?lijn=");

        NOORD_ADMIN.putJson(path, boxJson("Open of niet", box.getString("slug"), tomorrow,
                tomorrow.plus(2, ChronoUnit.HOURS), "demo-noord-1", "archived"));
        assertThat(status(line).getBoolean("open")).isFalse();
        assertThat(status(line).isNull("nextOpening")).as("an archived box opens no more").isTrue();
        assertThat(Staff.anonymous().get("/clb/" + NOORD + "/" + box.getString("slug")).body())
                .contains("Deze chat is afgelopen").contains("CLBch@t");
    }

    @Test
    void aBoxVisitorWaitsInTheBoxQueueThatOnlyTheBoxTeamSees() throws InterruptedException {
        JsonObject box = noordBoxNow("Eigen wachtrij", "published", "demo-noord-1");
        String line = box.getString("line");
        Staff clbchatOperator = ChatFixtures.operator("it-op-main", "Main");
        Staff boxStaff = Staff.loggedIn("/operator/", "demo-noord-1", "demo-noord-1");
        Staff otherClbStaff = Staff.loggedIn("/operator/", "demo-zuid-1", "demo-zuid-1");
        try (ChatSocket main = ChatIT.available(clbchatOperator);
             ChatSocket noord = ChatSocket.operator(boxStaff);
             ChatSocket zuid = ChatSocket.operator(otherClbStaff);
             ChatSocket onClbchat = ChatSocket.visitor();
             ChatSocket onBox1 = ChatSocket.visitor();
             ChatSocket onBox2 = ChatSocket.visitor()) {
            JsonObject welcome = noord.next("welcome");
            assertThat(welcome.getJsonArray("lines").getValuesAs(JsonObject.class))
                    .extracting(l -> l.getString("code")).contains(line).doesNotContain("clbchat");
            noord.send("{\"type\":\"alias\",\"alias\":\"Noord-een\"}");
            noord.next("alias");
            noord.send("{\"type\":\"availability\",\"available\":true}");
            noord.next("availability");
            zuid.next("welcome");

            JsonObject first = ChatIT.start(onClbchat, "Mila");
            onBox1.send("{\"type\":\"start\",\"line\":\"%s\",\"nickname\":\"Noa\",\"role\":\"parent\"}", line);
            JsonObject boxFirst = onBox1.next("queued");
            onBox2.send("{\"type\":\"start\",\"line\":\"%s\",\"nickname\":\"Lars\",\"role\":\"pupil\"}", line);
            JsonObject boxSecond = onBox2.next("queued");
            assertThat(first.getInt("position")).isEqualTo(1);
            assertThat(boxFirst.getInt("position")).as("each line has its own queue").isEqualTo(1);
            assertThat(boxSecond.getInt("position")).isEqualTo(2);
            assertThat(boxSecond.getInt("queueLength")).isEqualTo(2);
            assertThat(boxSecond.getInt("operatorsOnline")).as("only the box's team counts").isEqualTo(1);
            assertThat(status(line).getInt("queueLength")).isEqualTo(2);
            assertThat(status("clbchat").getInt("queueLength")).isEqualTo(1);

            JsonObject boxQueue = untilItems(noord, 2);
            assertThat(nicknames(boxQueue)).containsExactly("Noa", "Lars");
            JsonObject mainQueue = untilItems(main, 1);
            assertThat(nicknames(mainQueue)).containsExactly("Mila");

            noord.send("{\"type\":\"accept\"}");
            JsonObject taken = noord.next("accepted").getJsonObject("chat");
            assertThat(taken.getString("nickname")).as("the older CLBch@t visitor is not theirs").isEqualTo("Noa");
            assertThat(taken.getString("line")).isEqualTo(line);
            assertThat(onBox1.next("accepted").getString("operatorAlias")).isEqualTo("Noord-een");

            // Archiving the box (its window closes for good) does not cut the chat that runs.
            JsonObject stored = ChatFixtures.json(NOORD_ADMIN.get("/api/clbs/" + NOORD + "/boxes/"
                    + box.getString("code")).body());
            assertThat(NOORD_ADMIN.putJson("/api/clbs/" + NOORD + "/boxes/" + box.getString("code"),
                    stored.toString().replace("\"state\":\"published\"", "\"state\":\"archived\"")).statusCode())
                    .isEqualTo(200);
            assertThat(status(line).getBoolean("open")).isFalse();
            ChatIT.send(noord, taken.getString("chatId"), "Ik ben er nog, vertel maar.");
            assertThat(onBox1.next("message").getString("text")).isEqualTo("Ik ben er nog, vertel maar.");
            ChatIT.send(onBox1, null, "Dank je.");
            JsonObject heard = noord.next("message");
            while (!"visitor".equals(heard.getString("from"))) { // its own message comes back to every tab first
                heard = noord.next("message");
            }
            assertThat(heard.getString("text")).isEqualTo("Dank je.");

            // No request for support on a box: its own team supports it (the console hides the button there).
            assertThat(welcome.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                    .filter(found -> found.getString("code").equals(line)).findFirst().orElseThrow()
                    .getBoolean("box")).isTrue();
            noord.send("{\"type\":\"askSupport\",\"chatId\":\"%s\"}", taken.getString("chatId"));
            assertThat(noord.next("error").getString("code")).isEqualTo("box-chat");
            assertThat(ChatFixtures.count("SELECT COUNT(*) FROM support_request WHERE chat_id = ?",
                    taken.getString("chatId"))).isZero();

            zuid.send("{\"type\":\"accept\",\"line\":\"%s\"}", line);
            assertThat(zuid.next("error").getString("code")).isEqualTo("unknown-line");
            zuid.send("{\"type\":\"accept\"}");
            assertThat(zuid.next("error").getString("code")).as("nothing of Noord is in Zuid's queue")
                    .isIn("queue-empty", "not-available", "no-alias");
            assertThat(zuid.drain(Duration.ofMillis(800))).as("Zuid's console never shows Noord's visitors")
                    .allSatisfy(frame -> assertThat(frame.toString()).doesNotContain("Lars").doesNotContain("Noa"));

            main.send("{\"type\":\"accept\"}");
            assertThat(main.next("accepted").getJsonObject("chat").getString("nickname")).isEqualTo("Mila");
        }
    }

    @Test
    void aRoleTheBoxDoesNotAllowIsRefusedInWords() {
        JsonObject box = noordBoxNow("Alleen leerlingen en ouders", "published", "demo-noord-1");
        try (ChatSocket teacher = ChatSocket.visitor()) {
            teacher.send("{\"type\":\"start\",\"line\":\"%s\",\"nickname\":\"Meester\",\"role\":\"teacher\"}",
                    box.getString("line"));
            JsonObject error = teacher.next("error");
            assertThat(error.getString("code")).isEqualTo("role-not-allowed");
            assertThat(error.getString("message")).isEqualTo("Deze chat is voor leerlingen en ouders.");
        }
        try (ChatSocket teacher = ChatSocket.visitor()) {
            teacher.send("{\"type\":\"start\",\"line\":\"clbchat\",\"nickname\":\"Meester\",\"role\":\"teacher\"}");
            assertThat(teacher.next("error").getString("code")).isEqualTo("role-not-allowed");
        }
    }

    @Test
    void theOtherClbsAdminFindsNothingOfThisClbAnywhere() {
        JsonObject box = noordBoxNow("Geheim voor Zuid", "published", "demo-noord-1");
        String code = box.getString("code");
        String title = "Geheim voor Zuid";

        List<String> clbs = ChatFixtures.json("{\"a\":" + ZUID_ADMIN.get("/api/clbs").body() + "}")
                .getJsonArray("a").getValuesAs(JsonObject.class).stream().map(c -> c.getString("code")).toList();
        assertThat(clbs).containsExactly(ZUID);
        for (String path : List.of("/api/clbs/" + NOORD, "/api/clbs/" + NOORD + "/boxes",
                "/api/clbs/" + NOORD + "/boxes/" + code, "/api/clbs/" + NOORD + "/boxes/" + code + "/qr.svg",
                "/api/clbs/" + NOORD + "/boxes/" + code + "/qr.png", "/api/clbs/" + ZUID + "/boxes/" + code,
                "/api/clbs/" + ZUID + "/boxes/" + code + "/qr.svg")) {
            HttpResponse<String> answer = ZUID_ADMIN.get(path);
            assertThat(answer.statusCode()).as("GET %s", path).isEqualTo(404);
            assertThat(answer.body()).as("GET %s", path).doesNotContain(title);
        }
        assertThat(ZUID_ADMIN.putJson("/api/clbs/" + NOORD + "/boxes/" + code, box.toString()).statusCode())
                .isEqualTo(404);
        assertThat(ZUID_ADMIN.putJson("/api/clbs/" + ZUID + "/boxes/" + code, box.toString()).statusCode())
                .isEqualTo(404);
        assertThat(ZUID_ADMIN.postJson("/api/clbs/" + NOORD + "/boxes", boxJson("Indringer", slug("x"), null, null,
                null, "draft")).statusCode()).isEqualTo(404);
        assertThat(NOORD_ADMIN.get("/api/clbs/" + NOORD + "/boxes/" + code).statusCode()).isEqualTo(200);

        // A team member of another CLB is refused at the field, and the box stays as it was.
        HttpResponse<String> foreignTeam = NOORD_ADMIN.putJson("/api/clbs/" + NOORD + "/boxes/" + code,
                box.toString().replace("\"demo-noord-1\"", "\"demo-zuid-1\""));
        assertThat(foreignTeam.statusCode()).isEqualTo(400);
        assertThat(ChatFixtures.json(foreignTeam.body()).getJsonObject("fields").getString("team"))
                .contains("demo-zuid-1").contains("geen actieve medewerker van Demo-CLB Noord");
        assertThat(ChatFixtures.json(NOORD_ADMIN.get("/api/clbs/" + NOORD + "/boxes/" + code).body())
                .getJsonArray("team").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .containsExactly("demo-noord-1");

        Staff zuidInAdmin = Staff.loggedIn("/admin/", "demo-zuid-admin", "demo-zuid-admin");
        for (String page : List.of("/admin/boxen/bewerk.xhtml?clb=" + NOORD + "&box=" + code,
                "/admin/boxen/bewerk.xhtml?clb=" + ZUID + "&box=" + code)) {
            HttpResponse<String> answer = zuidInAdmin.open(page);
            assertThat(answer.statusCode()).as(page).isEqualTo(404);
            assertThat(answer.body()).as(page).contains("Niet gevonden").doesNotContain(title);
        }
        assertThat(zuidInAdmin.open("/admin/qr/" + NOORD + "/" + code + ".svg").statusCode()).isEqualTo(404);
        assertThat(zuidInAdmin.open("/admin/qr/" + NOORD + "/" + code + ".png").statusCode()).isEqualTo(404);
        for (String page : List.of("/admin/", "/admin/boxen/index.xhtml", "/admin/accounts/index.xhtml")) {
            HttpResponse<String> answer = zuidInAdmin.open(page);
            assertThat(answer.statusCode()).as(page).isEqualTo(200);
            assertThat(answer.body()).as(page).doesNotContain(title).doesNotContain("Demo-CLB Noord")
                    .doesNotContain("demo-noord-1");
        }
        assertThat(zuidInAdmin.open("/admin/boxen/index.xhtml").body()).contains("Demo-CLB Zuid");
        assertThat(zuidInAdmin.open("/admin/accounts/index.xhtml").body()).contains("demo-zuid-1");
        assertThat(zuidInAdmin.open("/admin/clbs/index.xhtml").statusCode()).isEqualTo(403);

        Staff coordinator = Staff.loggedIn("/admin/", "demo-coordinator", "demo-coordinator");
        assertThat(coordinator.open("/admin/boxen/index.xhtml").body()).contains(title).contains("Demo-CLB Zuid");
        assertThat(ChatFixtures.coordinator().get("/api/clbs").body()).contains(NOORD).contains(ZUID);
        assertThat(ChatFixtures.coordinator().get("/api/clbs/" + NOORD + "/boxes/" + code).statusCode())
                .isEqualTo(200);
        assertThat(Staff.withBasic("demo-operator", "demo-operator").get("/api/clbs").statusCode())
                .as("an operator is no CLB admin").isEqualTo(403);
        assertThat(Staff.anonymous().get("/api/clbs").statusCode()).isEqualTo(401);
    }

    @Test
    void badBoxesAreRefusedFieldByFieldAndNothingIsSaved() {
        int before = boxesOfNoord();
        Instant start = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String windows = "[{\"start\":\"" + start + "\",\"end\":\"" + start.plus(2, ChronoUnit.HOURS) + "\"},"
                + "{\"start\":\"" + start.plus(1, ChronoUnit.HOURS) + "\",\"end\":\"" + start.plus(3, ChronoUnit.HOURS)
                + "\"},{\"start\":\"2020-01-01T19:00:00+01:00\",\"end\":\"2020-01-01T21:00:00+01:00\"}]";
        HttpResponse<String> overlapping = NOORD_ADMIN.postJson("/api/clbs/" + NOORD + "/boxes",
                "{\"title\":\"Fout\",\"slug\":\"Fout Adres\",\"purpose\":\"party\",\"audience\":[\"pupil\"],"
                        + "\"windows\":" + windows + ",\"team\":[\"demo-zuid-2\"],\"state\":\"draft\"}");
        assertThat(overlapping.statusCode()).isEqualTo(400);
        JsonObject fields = ChatFixtures.json(overlapping.body()).getJsonObject("fields");
        assertThat(fields.getString("purpose")).contains("critical-incident");
        assertThat(overlapping.body()).doesNotContain("Fout Adres\"");

        HttpResponse<String> wrong = NOORD_ADMIN.postJson("/api/clbs/" + NOORD + "/boxes",
                "{\"title\":\"Fout\",\"slug\":\"Fout Adres\",\"purpose\":\"other\",\"audience\":[\"pupil\"],"
                        + "\"windows\":" + windows + ",\"team\":[\"demo-zuid-2\"],\"state\":\"published\"}");
        assertThat(wrong.statusCode()).isEqualTo(400);
        JsonObject named = ChatFixtures.json(wrong.body()).getJsonObject("fields");
        assertThat(named.getString("slug")).contains("kleine letters");
        assertThat(named.getString("windows[2]")).isEqualTo("Dit tijdvenster ligt helemaal in het verleden.");
        assertThat(named.getString("team")).contains("demo-zuid-2");

        HttpResponse<String> overlap = NOORD_ADMIN.postJson("/api/clbs/" + NOORD + "/boxes",
                "{\"title\":\"Fout\",\"slug\":\"" + slug("ok") + "\",\"purpose\":\"other\",\"audience\":[\"pupil\"],"
                        + "\"windows\":" + windows.substring(0, windows.lastIndexOf(",{")) + "],\"team\":[],"
                        + "\"state\":\"draft\"}");
        assertThat(overlap.statusCode()).isEqualTo(400);
        assertThat(ChatFixtures.json(overlap.body()).getJsonObject("fields").getString("windows[1]"))
                .contains("overlapt met tijdvenster 1");

        HttpResponse<String> unpublishable = NOORD_ADMIN.postJson("/api/clbs/" + NOORD + "/boxes",
                boxJson("Zonder team", slug("leeg"), start, start.plus(1, ChronoUnit.HOURS), null, "published"));
        assertThat(unpublishable.statusCode()).isEqualTo(400);
        assertThat(ChatFixtures.json(unpublishable.body()).getJsonObject("fields").getString("team"))
                .contains("minstens één teamlid");

        JsonObject kept = noordBoxNow("Bezet adres", "draft", null);
        HttpResponse<String> taken = NOORD_ADMIN.postJson("/api/clbs/" + NOORD + "/boxes",
                boxJson("Zelfde adres", kept.getString("slug"), null, null, null, "draft"));
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(ChatFixtures.json(taken.body()).getJsonObject("fields").getString("slug")).contains("al");
        assertThat(NOORD_ADMIN.postJson("/api/clbs/" + NOORD + "/boxes", "{nope").statusCode()).isEqualTo(400);

        assertThat(boxesOfNoord()).as("only the one good box was saved").isEqualTo(before + 1);
    }

    private static int boxesOfNoord() {
        return ChatFixtures.json("{\"a\":" + NOORD_ADMIN.get("/api/clbs/" + NOORD + "/boxes").body() + "}")
                .getJsonArray("a").size();
    }

    @Test
    void aCsvWithOneBadRowImportsNothingAndSaysWhichRowIsWrong() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        String bad = "naam;net;gemeente;contact\n"
                + "CLB Test Een " + suffix + ";GO!;Gent;info@example.org\n"
                + ";OVSG;Brugge;\n"
                + "CLB Test Drie " + suffix + ";Katholiek;Leuven;\n";
        HttpResponse<String> refused = ChatFixtures.coordinator().postCsv("/api/clbs/import", bad);
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonObject report = ChatFixtures.json(refused.body());
        assertThat(report.getString("error")).isEqualTo("import-refused");
        JsonArray rows = report.getJsonArray("rows");
        assertThat(rows.getJsonObject(0).getString("outcome")).isEqualTo("new");
        assertThat(rows.getJsonObject(1).getString("outcome")).isEqualTo("refused");
        assertThat(rows.getJsonObject(1).getInt("line")).isEqualTo(3);
        assertThat(rows.getJsonObject(1).getString("problem")).contains("naam");
        assertThat(rows.getJsonObject(2).getString("problem")).contains("Onbekend net \"Katholiek\"");
        assertThat(ChatFixtures.coordinator().get("/api/clbs").body()).doesNotContain("CLB Test Een " + suffix);

        String good = "name,network,municipality\nCLB Test Een " + suffix + ",GO!,Gent\n"
                + "CLB Test Twee " + suffix + ",Vrij CLB Netwerk,Brugge\n";
        HttpResponse<String> imported = ChatFixtures.coordinator().postCsv("/api/clbs/import", good);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(ChatFixtures.coordinator().get("/api/clbs").body()).contains("CLB Test Een " + suffix)
                .contains("CLB Test Twee " + suffix);
        assertThat(ChatFixtures.coordinator().postCsv("/api/clbs/import", good).body())
                .as("the same file again changes nothing").contains("\"outcome\":\"unchanged\"")
                .doesNotContain("\"outcome\":\"new\"");
        assertThat(NOORD_ADMIN.postCsv("/api/clbs/import", good).statusCode()).as("a CLB admin imports nothing")
                .isEqualTo(403);
    }

    private static JsonObject untilItems(ChatSocket console, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject queue = console.next("queue");
            if (queue.getJsonArray("items").size() >= count) {
                return queue;
            }
        }
        throw new AssertionError("the queue never had " + count + " items");
    }

    private static List<String> nicknames(JsonObject queue) {
        return queue.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getString("nickname")).toList();
    }
}
