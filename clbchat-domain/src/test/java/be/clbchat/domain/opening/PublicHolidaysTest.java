package be.clbchat.domain.opening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicHolidaysTest {

    @Test
    void theElevenClosingDaysOf2027() {
        assertThat(PublicHolidays.of(2027)).containsOnlyKeys(
                LocalDate.parse("2027-01-01"), LocalDate.parse("2027-03-29"), LocalDate.parse("2027-05-01"),
                LocalDate.parse("2027-05-06"), LocalDate.parse("2027-05-17"), LocalDate.parse("2027-07-11"),
                LocalDate.parse("2027-07-21"), LocalDate.parse("2027-08-15"), LocalDate.parse("2027-11-01"),
                LocalDate.parse("2027-11-11"), LocalDate.parse("2027-12-25"));
        assertThat(PublicHolidays.of(2027).get(LocalDate.parse("2027-05-06"))).isEqualTo("O.H.-Hemelvaart");
        assertThat(PublicHolidays.of(2027).get(LocalDate.parse("2027-05-17"))).isEqualTo("pinkstermaandag");
    }

    @Test
    void easterMondayMovesWithEaster() {
        assertThat(PublicHolidays.of(2025)).containsEntry(LocalDate.parse("2025-04-21"), "paasmaandag");
        assertThat(PublicHolidays.of(2026)).containsEntry(LocalDate.parse("2026-04-06"), "paasmaandag");
    }
}
