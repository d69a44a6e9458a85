package be.clbchat.domain.quality;

import be.clbchat.domain.Refusal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

/**
 * A chatscan period: {@code months} whole months (1, 2, 3, 4, 6 or 12), counted from 1 September so that the periods
 * of a school year line up with it (monthly: the calendar months; three months: Sept-Nov, Dec-Feb, ...).
 */
public record ChatscanPeriod(LocalDate start, int months) {

    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    public static final Set<Integer> LENGTHS = Set.of(1, 2, 3, 4, 6, 12);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag("nl-BE"));

    public ChatscanPeriod {
        if (!LENGTHS.contains(months)) {
            throw new IllegalArgumentException("A chatscan period is 1, 2, 3, 4, 6 or 12 months: " + months);
        }
        if (start.getDayOfMonth() != 1 || Math.floorMod(start.getMonthValue() - 9, months) != 0) {
            throw new IllegalArgumentException("Not the first day of a " + months + "-month period: " + start);
        }
    }

    /** The period of {@code months} months that holds {@code day}. */
    public static ChatscanPeriod containing(LocalDate day, int months) {
        int sinceSeptember = Math.floorMod(day.getMonthValue() - 9, 12);
        LocalDate september = LocalDate.of(day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1, 9, 1);
        return new ChatscanPeriod(september.plusMonths(sinceSeptember - sinceSeptember % months), months);
    }

    /**
     * The period starting in the month {@code text} ("2026-11") for a setting of {@code months}; a month inside a
     * period means that period. Bad text is a 400 naming the format.
     */
    public static ChatscanPeriod parse(String text, int months) {
        try {
            return containing(LocalDate.parse(text + "-01"), months);
        } catch (DateTimeParseException | NullPointerException e) {
            throw Refusal.invalid("invalid-period", "Geef de periode als jaar-maand, bv. 2026-11.");
        }
    }

    /** The first day after the period. */
    public LocalDate end() {
        return start.plusMonths(months);
    }

    public ChatscanPeriod previous() {
        return new ChatscanPeriod(start.minusMonths(months), months);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && day.isBefore(end());
    }

    /** "november 2026", or "september 2026 - november 2026". */
    public String label() {
        String first = MONTH.format(start);
        return months == 1 ? first : first + " - " + MONTH.format(end().minusMonths(1));
    }

    /** As in a URL: "2026-11". */
    public String key() {
        return start.toString().substring(0, 7);
    }
}
