package be.clbchat.domain.opening;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ten legal public holidays of Belgium, and 11 July, the holiday of the Flemish Community on which the CLBs
 * close too. Computed for any year; the Easter-based ones from {@link Easter}.
 */
public final class PublicHolidays {

    private PublicHolidays() {
    }

    /** The holidays of one calendar year, by date, with their Dutch names. */
    public static Map<LocalDate, String> of(int year) {
        LocalDate easter = Easter.sunday(year);
        Map<LocalDate, String> holidays = new TreeMap<>();
        holidays.put(LocalDate.of(year, 1, 1), "Nieuwjaar");
        holidays.put(easter.plusDays(1), "paasmaandag");
        holidays.put(LocalDate.of(year, 5, 1), "Dag van de Arbeid");
        holidays.put(easter.plusDays(39), "O.H.-Hemelvaart");
        holidays.put(easter.plusDays(50), "pinkstermaandag");
        holidays.put(LocalDate.of(year, 7, 11), "Feest van de Vlaamse Gemeenschap");
        holidays.put(LocalDate.of(year, 7, 21), "nationale feestdag");
        holidays.put(LocalDate.of(year, 8, 15), "O.L.V.-Hemelvaart");
        holidays.put(LocalDate.of(year, 11, 1), "Allerheiligen");
        holidays.put(LocalDate.of(year, 11, 11), "Wapenstilstand");
        holidays.put(LocalDate.of(year, 12, 25), "Kerstmis");
        return Collections.unmodifiableMap(holidays);
    }
}
