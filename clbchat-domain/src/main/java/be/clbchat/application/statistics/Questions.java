package be.clbchat.application.statistics;

import be.clbchat.domain.Refusal;
import be.clbchat.domain.opening.SchoolYear;
import be.clbchat.domain.statistics.StatisticsPeriod;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a statistics question from the words of an address ({@code schoolYear}, or {@code from} and {@code to};
 * {@code line}; {@code theme}), the same for the API and the admin's downloads: what is wrong is a refusal naming the
 * parameter.
 */
public final class Questions {

    private Questions() {
    }

    public static StatisticsService.Question parse(String schoolYear, String from, String to, String line,
                                                   String theme, LocalDate today) {
        String lineCode = blank(line) ? StatisticsService.ALL_LINES : line.strip();
        if (!lineCode.matches("[a-z0-9-]{1,40}")) {
            throw Refusal.invalid("unknown-line", Map.of("line", "Die chatlijn bestaat niet."));
        }
        Optional<String> themeCode = blank(theme) ? Optional.empty() : Optional.of(theme.strip());
        return new StatisticsService.Question(period(schoolYear, from, to, today), lineCode, themeCode);
    }

    static StatisticsPeriod period(String schoolYear, String from, String to, LocalDate today) {
        if (!blank(schoolYear) && (!blank(from) || !blank(to))) {
            throw Refusal.invalid("invalid-period", Map.of("schoolYear",
                    "Vraag een schooljaar of een periode (from en to), niet allebei."));
        }
        if (!blank(schoolYear)) {
            try {
                return StatisticsPeriod.of(SchoolYear.parse(schoolYear));
            } catch (IllegalArgumentException e) {
                throw Refusal.invalid("invalid-period", Map.of("schoolYear", "Schrijf een schooljaar als 2026-2027."));
            }
        }
        if (!blank(from) || !blank(to)) {
            if (blank(from) || blank(to)) {
                throw Refusal.invalid("invalid-period", Map.of(blank(from) ? "from" : "to",
                        "Een periode heeft een eerste (from) en een laatste dag (to)."));
            }
            return period(day(from, "from"), day(to, "to"));
        }
        return StatisticsPeriod.of(SchoolYear.containing(today));
    }

    /** A free period from {@code first} to {@code last}, refused when backwards or longer than a year. */
    public static StatisticsPeriod period(LocalDate first, LocalDate last) {
        try {
            return StatisticsPeriod.of(first, last);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("invalid-period", Map.of("to", last.isBefore(first)
                    ? "De laatste dag ligt voor de eerste."
                    : "Een periode is hoogstens " + StatisticsPeriod.MAX_DAYS + " dagen."));
        }
    }

    private static LocalDate day(String value, String name) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("invalid-period", Map.of(name, "Schrijf een datum als 2027-01-31."));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
