package be.clbchat.admin.opening;

import be.clbchat.admin.faces.Messages;
import be.clbchat.application.opening.OpeningRulesService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.opening.SchoolHoliday;
import be.clbchat.domain.opening.SchoolHolidayPeriod;
import be.clbchat.domain.opening.SchoolYear;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The school holiday periods per school year: computed from the Flemish rules, and overridable when the
 * government publishes other dates.
 */
@Named
@ViewScoped
public class SchoolHolidaysView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One holiday of the form. */
    public static class Period implements Serializable {
        private static final long serialVersionUID = 1L;
        private final SchoolHoliday holiday;
        private LocalDate first;
        private LocalDate last;

        Period(SchoolHolidayPeriod period) {
            this.holiday = period.holiday();
            this.first = period.firstDay();
            this.last = period.lastDay();
        }

        public String getName() {
            return holiday.dutchName();
        }

        public LocalDate getFirst() {
            return first;
        }

        public void setFirst(LocalDate first) {
            this.first = first;
        }

        public LocalDate getLast() {
            return last;
        }

        public void setLast(LocalDate last) {
            this.last = last;
        }
    }

    @Inject
    private OpeningRulesService openingRules;

    private int startYear = SchoolYear.containing(LocalDate.now()).startYear();
    private List<Period> periods;
    private boolean overridden;

    @PostConstruct
    void load() {
        SchoolYear year = new SchoolYear(startYear);
        periods = new ArrayList<>(openingRules.schoolHolidays(year).stream().map(Period::new).toList());
        overridden = openingRules.isOverridden(year);
    }

    public void save() {
        List<SchoolHolidayPeriod> typed = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            Period period = periods.get(i);
            if (period.last.isBefore(period.first)) {
                Messages.error("holidays-form:periods:" + i + ":last", "De laatste dag ligt voor de eerste.");
                return;
            }
            typed.add(new SchoolHolidayPeriod(period.holiday, period.first, period.last));
        }
        try {
            openingRules.overrideSchoolHolidays(new SchoolYear(startYear), typed);
        } catch (Refusal problem) {
            Messages.refused(problem, null);
            return;
        }
        Messages.info("De schoolvakanties van " + new SchoolYear(startYear).label() + " zijn aangepast.");
        load();
    }

    public void reset() {
        openingRules.resetSchoolHolidays(new SchoolYear(startYear));
        Messages.info("Terug naar de berekende schoolvakanties.");
        load();
    }

    public List<Integer> getYears() {
        int now = SchoolYear.containing(LocalDate.now()).startYear();
        return IntStream.rangeClosed(now - 1, now + 5).boxed().toList();
    }

    public String label(int year) {
        return new SchoolYear(year).label();
    }

    public int getStartYear() {
        return startYear;
    }

    public void setStartYear(int startYear) {
        this.startYear = startYear;
    }

    public List<Period> getPeriods() {
        return periods;
    }

    public boolean isOverridden() {
        return overridden;
    }
}
