package be.clbchat.web.api;

import be.clbchat.application.SecretTokens;
import be.clbchat.domain.schedule.ShiftBlock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes shifts as an RFC 5545 calendar: times in UTC (no time-zone blocks needed), lines folded at 75 octets. */
final class ICalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private ICalendar() {
    }

    static String of(String username, List<ShiftBlock> shifts, Instant now) {
        // Stable per person and block, without the login name (a shared feed should not reveal who it is).
        String person = pseudonym(username);
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//CLBch@t//Shifts//NL");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text("CLBch@t-shifts"));
        line(out, "REFRESH-INTERVAL;VALUE=DURATION:PT1H");
        for (ShiftBlock shift : shifts) {
            if (shift.id() == null) {
                // The UID rests on the id, so that an agenda app updates an event instead of adding it twice.
                throw new IllegalArgumentException("A block that was never stored has no place in a calendar");
            }
            line(out, "BEGIN:VEVENT");
            line(out, "UID:shift-" + shift.id() + "-" + person + "@clbchat");
            line(out, "DTSTAMP:" + UTC.format(now));
            line(out, "DTSTART:" + UTC.format(shift.startsAt()));
            line(out, "DTEND:" + UTC.format(shift.endsAt()));
            line(out, "SUMMARY:" + text("CLBch@t-shift"));
            line(out, "DESCRIPTION:" + text(shift.flagged()
                    ? "Let op: dit blok valt niet meer binnen de openingsuren; de coördinatie neemt contact op."
                    : "Chatshift op CLBch@t. Inschrijven of uitschrijven via de operatorconsole."));
            line(out, "STATUS:" + (shift.flagged() ? "TENTATIVE" : "CONFIRMED"));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    static String pseudonym(String username) {
        return SecretTokens.hash("clbchat-calendar:" + username).substring(0, 16);
    }

    /** Escapes backslash, semicolon, comma and new lines, as TEXT values require. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Ends a content line with CRLF, folding it so that no line is longer than 75 octets. */
    static void line(StringBuilder out, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            out.append(content).append("\r\n");
            return;
        }
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = 74; // the leading space of a continuation counts
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
