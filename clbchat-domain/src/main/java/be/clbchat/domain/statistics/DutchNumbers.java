package be.clbchat.domain.statistics;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers as a Belgian Dutch report writes them: 8.339 · 42,8% · 4,31. */
public final class DutchNumbers {

    private static final Locale NL_BE = Locale.forLanguageTag("nl-BE");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", NL_BE);

    private DutchNumbers() {
    }

    private static DecimalFormat format(String pattern) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(NL_BE);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat(pattern, symbols);
    }

    /** 8339 → "8.339". */
    public static String whole(long value) {
        return format("#,##0").format(value);
    }

    /** 4.3125 with 2 decimals → "4,31". */
    public static String decimal(double value, int decimals) {
        return format(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals)).format(value);
    }

    /** 0.428 → "42,8%". */
    public static String percent(double share) {
        return decimal(share * 100, 1) + "%";
    }

    /** 2026-09-01 → "1 september 2026". */
    public static String date(LocalDate day) {
        return DATE.format(day);
    }

    public static String count(Count count) {
        return count.hidden() ? Privacy.FEWER : whole(count.value());
    }

    public static String share(Share share) {
        return share.hidden() ? Privacy.FEWER : share.of() == 0 ? "–" : percent(share.value());
    }

    public static String mean(Mean mean, int decimals) {
        return mean.hidden() ? Privacy.FEWER
                : mean.value().isPresent() ? decimal(mean.value().getAsDouble(), decimals) : "–";
    }
}
