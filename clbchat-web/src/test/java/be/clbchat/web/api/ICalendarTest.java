package be.clbchat.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import be.clbchat.domain.schedule.BlockOrigin;
import be.clbchat.domain.schedule.ShiftBlock;
import be.clbchat.domain.schedule.StaffingNeed;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ICalendarTest {

    @Test
    void aShiftIsAnEventInUtcWithCrlfLines() {
        ShiftBlock block = new ShiftBlock("clbchat", Instant.parse("2026-11-25T13:00:00Z"),
                Instant.parse("2026-11-25T16:00:00Z"), StaffingNeed.DEFAULT, BlockOrigin.TEMPLATE, "t",
                Instant.parse("2026-11-01T00:00:00Z"));
        stored(block, 42L);
        String calendar = ICalendar.of("demo-operator", List.of(block), Instant.parse("2026-11-22T10:00:00Z"));
        assertThat(calendar).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(calendar).contains("\r\nDTSTART:20261125T130000Z\r\n", "\r\nDTEND:20261125T160000Z\r\n",
                "\r\nSUMMARY:CLBch@t-shift\r\n", "\r\nSTATUS:CONFIRMED\r\n");
        assertThat(calendar.replace("\r\n", "")).doesNotContain("\n");
        assertThat(calendar).doesNotContain("demo-operator")
                .contains("UID:shift-42-" + ICalendar.pseudonym("demo-operator") + "@clbchat");
    }

    @Test
    void aBlockNeverStoredHasNoPlaceInACalendar() {
        ShiftBlock block = new ShiftBlock("clbchat", Instant.parse("2026-11-25T13:00:00Z"),
                Instant.parse("2026-11-25T16:00:00Z"), StaffingNeed.DEFAULT, BlockOrigin.TEMPLATE, "t",
                Instant.parse("2026-11-01T00:00:00Z"));
        assertThatIllegalArgumentException().isThrownBy(() ->
                ICalendar.of("demo-operator", List.of(block), Instant.parse("2026-11-22T10:00:00Z")));
    }

    /** The id the database gives a block when it is stored (the UID rests on it, so a feed keeps its events). */
    private static void stored(ShiftBlock block, long id) {
        try {
            Field field = ShiftBlock.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(block, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void textIsEscapedAndLongLinesAreFoldedAt75Octets() {
        assertThat(ICalendar.text("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
        StringBuilder out = new StringBuilder();
        ICalendar.line(out, "DESCRIPTION:" + "é".repeat(60));
        String[] lines = out.toString().split("\r\n");
        assertThat(lines.length).isGreaterThan(1);
        for (String line : lines) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(out.toString().replace("\r\n ", "")).isEqualTo("DESCRIPTION:" + "é".repeat(60) + "\r\n");
    }
}
