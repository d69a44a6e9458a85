package be.clbchat.it;

import static be.clbchat.it.ChatFixtures.count;
import static be.clbchat.it.ChatFixtures.json;
import static be.clbchat.it.ShiftFixtures.block;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Operators signing up for blocks against the running server and MariaDB: the rules, the races, the calendar feed. */
class ShiftsIT {

    private static final Duration NEXT_WEEK = Duration.ofDays(7);

    private Staff ann;
    private Staff bert;

    @BeforeEach
    void cleanSlate() {
        ShiftFixtures.noSchedule();
        ann = ShiftFixtures.operator("it-shift-ann", "ARTS", 4);
        bert = ShiftFixtures.operator("it-shift-bert", "PSYCHOLOOG_PEDAGOOG", 4);
    }

    private static JsonObject blockIn(Staff staff, long id) {
        HttpResponse<String> list = staff.get("/api/shifts?days=30");
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return json(list.body()).getJsonArray("blocks").getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }

    @Test
    void anOperatorSignsUpSeesTheBlockAsTheirsAndWithdraws() {
        long id = block(NEXT_WEEK, 3, 2, 3, true);
        JsonObject before = blockIn(ann, id);
        assertThat(before.getBoolean("canSignUp")).isTrue();
        assertThat(before.getString("state")).isEqualTo("short");

        HttpResponse<String> signUp = ann.postJson("/api/shifts/" + id + "/sign-up", "{}");
        assertThat(signUp.statusCode()).as(signUp.body()).isEqualTo(200);
        JsonObject mine = json(signUp.body());
        assertThat(mine.getBoolean("mine")).isTrue();
        assertThat(mine.getInt("filled")).isEqualTo(1);
        assertThat(mine.getBoolean("medicalOk")).as("a doctor is on it").isTrue();
        assertThat(blockIn(bert, id).getBoolean("mine")).isFalse();

        HttpResponse<String> again = ann.postJson("/api/shifts/" + id + "/sign-up", "{}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again.body()).getString("error")).isEqualTo("already-on-block");

        HttpResponse<String> withdraw = ann.delete("/api/shifts/" + id + "/sign-up");
        assertThat(withdraw.statusCode()).as(withdraw.body()).isEqualTo(200);
        assertThat(count("SELECT COUNT(*) FROM shift_assignment WHERE slot_id = ?", id)).isZero();
    }

    /**
     * Both sign-ups leave on a start barrier, each login already checked once (so no password check spreads them
     * apart), round after round: one gets the place, the other is told the block is full.
     */
    @Test
    void twoOperatorsTakingTheLastPlaceAtOnceOneWinsTheOtherIsTold() throws Exception {
        assertThat(ann.get("/api/shifts").statusCode()).isEqualTo(200);
        assertThat(bert.get("/api/shifts").statusCode()).isEqualTo(200);
        for (int round = 0; round < 20; round++) {
            long id = block(NEXT_WEEK.plusDays(round), 3, 1, 1, false);
            List<HttpResponse<String>> answers = Race.<HttpResponse<String>>atOnce(List.of(
                    () -> ann.postJson("/api/shifts/" + id + "/sign-up", "{}"),
                    () -> bert.postJson("/api/shifts/" + id + "/sign-up", "{}")));

            assertThat(answers).as("round %d", round).extracting(HttpResponse::statusCode)
                    .containsExactlyInAnyOrder(200, 409);
            HttpResponse<String> lost = answers.stream().filter(answer -> answer.statusCode() == 409).findFirst()
                    .orElseThrow();
            assertThat(json(lost.body()).getString("error")).isEqualTo("block-full");
            assertThat(json(lost.body()).getString("message")).isEqualTo("Dit blok is volzet (1 operator).");
            String winner = answers.get(0).statusCode() == 200 ? "it-shift-ann" : "it-shift-bert";
            assertThat(count("SELECT COUNT(*) FROM shift_assignment WHERE slot_id = ?", id)).isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM shift_assignment WHERE slot_id = ? AND username = ?", id, winner))
                    .isEqualTo(1);
        }
    }

    @Test
    void oneOperatorInTwoTabsCannotTakeTwoOverlappingBlocks() throws Exception {
        long early = block(NEXT_WEEK, 3, 1, 4, false);
        long handOver = block(NEXT_WEEK.plusMinutes(150), 3, 1, 4, false);
        assertThat(ann.get("/api/shifts").statusCode()).isEqualTo(200);
        List<HttpResponse<String>> answers = Race.<HttpResponse<String>>atOnce(List.of(
                () -> ann.postJson("/api/shifts/" + early + "/sign-up", "{}"),
                () -> ann.postJson("/api/shifts/" + handOver + "/sign-up", "{}")));
        assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
        HttpResponse<String> lost = answers.stream().filter(answer -> answer.statusCode() == 409).findFirst()
                .orElseThrow();
        assertThat(json(lost.body()).getString("error")).isEqualTo("overlapping-shift");
        assertThat(count("SELECT COUNT(*) FROM shift_assignment WHERE username = 'it-shift-ann'")).isEqualTo(1);
    }

    @Test
    void afterTheCutoffSigningUpAndWithdrawingAreRefusedAndNothingChanges() {
        long soon = block(Duration.ofHours(20), 3, 1, 4, false);
        ChatFixtures.sql("INSERT INTO shift_assignment (slot_id, username, source, assigned_by, assigned_at)"
                + " VALUES (?, 'it-shift-bert', 'COORDINATOR', 'it', NOW(3))", soon);
        assertThat(blockIn(ann, soon).getBoolean("canSignUp")).isFalse();

        HttpResponse<String> late = ann.postJson("/api/shifts/" + soon + "/sign-up", "{}");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(json(late.body()).getString("error")).isEqualTo("after-cutoff");
        assertThat(json(late.body()).getString("message")).startsWith("Inschrijven of uitschrijven kan tot 48 uur");

        HttpResponse<String> lateWithdraw = bert.delete("/api/shifts/" + soon + "/sign-up");
        assertThat(lateWithdraw.statusCode()).isEqualTo(409);
        assertThat(count("SELECT COUNT(*) FROM shift_assignment WHERE slot_id = ?", soon)).isEqualTo(1);
    }

    @Test
    void whenTheOpeningHoursChangeABlockWithPeopleIsFlaggedNeverDroppedAndAnEmptyOneGoes() throws Exception {
        java.time.LocalDate day = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Brussels")).plusDays(9);
        long staffed = ShiftFixtures.eveningBlock(day, 3, 1, 4, false);
        long empty = ShiftFixtures.blockAt(day, 19, 3, 1, 4, false);
        ChatFixtures.sql("INSERT INTO shift_assignment (slot_id, username, source, assigned_by, assigned_at)"
                + " VALUES (?, 'it-shift-ann', 'SIGN_UP', 'it-shift-ann', NOW(3))", staffed);
        long open = exceptionOn(day, "17:00", "22:30", "open");
        long closed = exceptionOn(day, "17:30", "22:30", "closed");
        try {
            blocksFollowTheExceptions(staffed, empty, closed);
        } finally {
            // Gone already when the test got that far (404), or left behind by a failure: never for the next test.
            assertThat(ChatFixtures.coordinator().delete("/api/lines/clbchat/exceptions/" + closed).statusCode())
                    .isIn(204, 404);
            assertThat(ChatFixtures.coordinator().delete("/api/lines/clbchat/exceptions/" + open).statusCode())
                    .isIn(204, 404);
            BlockFollowUps.awaitQuiet();
        }
    }

    private void blocksFollowTheExceptions(long staffed, long empty, long closed) throws InterruptedException {
        awaitTrue(() -> count("SELECT COUNT(*) FROM shift_slot WHERE id = ? AND flagged_since IS NOT NULL", staffed) == 1,
                "the staffed block is flagged");
        awaitTrue(() -> count("SELECT COUNT(*) FROM shift_slot WHERE id = ?", empty) == 0, "the empty block is gone");
        assertThat(count("SELECT COUNT(*) FROM shift_assignment WHERE slot_id = ?", staffed)).isEqualTo(1);
        JsonObject seen = blockIn(ann, staffed);
        assertThat(seen.getString("state")).isEqualTo("flagged");
        assertThat(seen.getBoolean("canSignUp")).as("nobody new on a block outside the opening").isFalse();
        assertThat(seen.getBoolean("canWithdraw")).as("those on it may still step off").isTrue();

        assertThat(ChatFixtures.coordinator().delete("/api/lines/clbchat/exceptions/" + closed).statusCode())
                .isEqualTo(204);
        awaitTrue(() -> count("SELECT COUNT(*) FROM shift_slot WHERE id = ? AND flagged_since IS NULL", staffed) == 1,
                "covered again, the block is no longer flagged");
    }

    private static long exceptionOn(java.time.LocalDate day, String from, String to, String kind) {
        java.time.ZoneId zone = java.time.ZoneId.of("Europe/Brussels");
        HttpResponse<String> response = ChatFixtures.coordinator().postJson("/api/lines/clbchat/exceptions",
                "{\"start\":\"" + day.atTime(java.time.LocalTime.parse(from)).atZone(zone).toInstant()
                        + "\",\"end\":\"" + day.atTime(java.time.LocalTime.parse(to)).atZone(zone).toInstant()
                        + "\",\"kind\":\"" + kind + "\",\"reason\":\"Integratietest rooster\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response.body()).getJsonNumber("id").longValue();
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(until);
            Thread.sleep(200);
        }
    }

    @Test
    void badRequestsGetClearErrors() {
        HttpResponse<String> unknown = ann.postJson("/api/shifts/999999999/sign-up", "{}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown.body()).getString("error")).isEqualTo("unknown-block");

        HttpResponse<String> badDate = ann.get("/api/shifts?from=morgen");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(json(badDate.body()).getString("error")).isNotBlank();

        HttpResponse<String> notANumber = ann.get("/api/shifts?days=veel");
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(json(notANumber.body()).getString("message")).isEqualTo("'days' is een aantal dagen, bv. 42.");

        HttpResponse<String> tooLong = ann.get("/api/shifts?days=1000");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(json(tooLong.body()).getString("error")).isEqualTo("invalid-range");

        assertThat(Staff.anonymous().get("/api/shifts").statusCode()).isEqualTo(401);
        HttpResponse<String> coordinator = ChatFixtures.coordinator().get("/api/shifts");
        assertThat(coordinator.statusCode()).isEqualTo(403);
        assertThat(json(coordinator.body()).getString("error")).isEqualTo("forbidden");
    }

    @Test
    void theCalendarFeedListsOnlyOnesOwnShiftsAndStopsWhenRevokedOrReplaced() {
        long mine = block(NEXT_WEEK, 3, 1, 4, false);
        long theirs = block(NEXT_WEEK.plusDays(1), 3, 1, 4, false);
        assertThat(ann.postJson("/api/shifts/" + mine + "/sign-up", "{}").statusCode()).isEqualTo(200);
        assertThat(bert.postJson("/api/shifts/" + theirs + "/sign-up", "{}").statusCode()).isEqualTo(200);

        HttpResponse<String> link = ann.postJson("/api/shifts/calendar", "{}");
        assertThat(link.statusCode()).as(link.body()).isEqualTo(200);
        String url = json(link.body()).getString("url");
        assertThat(url).startsWith(ItServer.baseUrl() + "/api/calendar/").endsWith(".ics");
        String path = url.substring(ItServer.baseUrl().length());

        HttpResponse<String> feed = Staff.anonymous().get(path);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("UID:shift-" + mine + "-")
                .doesNotContain("UID:shift-" + theirs + "-").doesNotContain("it-shift-ann");
        assertThat(blockIn(ann, mine).getBoolean("mine")).isTrue();

        String newer = json(ann.postJson("/api/shifts/calendar", "{}").body()).getString("url");
        assertThat(Staff.anonymous().get(path).statusCode()).as("the old address after a new one").isEqualTo(404);
        String newerPath = newer.substring(ItServer.baseUrl().length());
        assertThat(Staff.anonymous().get(newerPath).statusCode()).isEqualTo(200);

        assertThat(ann.delete("/api/shifts/calendar").statusCode()).isEqualTo(204);
        HttpResponse<String> revoked = Staff.anonymous().get(newerPath);
        assertThat(revoked.statusCode()).isEqualTo(404);
        assertThat(json(revoked.body()).getString("error")).isEqualTo("unknown-calendar");
    }
}
