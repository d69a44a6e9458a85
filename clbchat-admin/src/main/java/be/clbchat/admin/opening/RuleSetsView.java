package be.clbchat.admin.opening;

import be.clbchat.admin.faces.Messages;
import be.clbchat.application.opening.OpeningRulesService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.line.Line;
import be.clbchat.domain.opening.AnnualClosure;
import be.clbchat.domain.opening.RuleSet;
import be.clbchat.domain.opening.StoredRuleSet;
import be.clbchat.domain.opening.TimeRange;
import be.clbchat.domain.opening.WeeklyHours;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Coordinators edit the weekly hours per rule set of CLBch@t, or of a partner line ({@code ?lijn=code}); each rule set
 * has its own validity period. A box has windows instead (its own page).
 */
@Named
@ViewScoped
public class RuleSetsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

    /** One weekday of the form: its hours on school days and on holiday days, as typed ("17:00-21:00"). */
    public static class DayRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final DayOfWeek day;
        private String school;
        private String holiday;

        DayRow(DayOfWeek day, String school, String holiday) {
            this.day = day;
            this.school = school;
            this.holiday = holiday;
        }

        public String getLabel() {
            return day.getDisplayName(TextStyle.FULL, DUTCH);
        }

        public String getSchool() {
            return school;
        }

        public void setSchool(String school) {
            this.school = school;
        }

        public String getHoliday() {
            return holiday;
        }

        public void setHoliday(String holiday) {
            this.holiday = holiday;
        }
    }

    /** One row of the rule sets table. */
    public record Row(long id, String from, String until, String note) implements Serializable {
    }

    @Inject
    private OpeningRulesService openingRules;

    @Inject
    private be.clbchat.application.handover.HandoverService handovers;

    @Inject
    private be.clbchat.application.line.LineService lineService;

    /** The line whose hours are shown: CLBch@t's, or a partner line's. */
    private String line = Line.MAIN;
    private String lineName;
    /** The lines that have weekly hours here: CLBch@t and the partner lines, code to name. */
    private java.util.Map<String, String> linesWithHours;

    private List<Row> rows;
    private Long editing;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private boolean closedOnPublicHolidays = true;
    private String note;
    private List<DayRow> days;
    private List<AnnualClosure> closures = List.of();

    @PostConstruct
    void start() {
        linesWithHours = new java.util.LinkedHashMap<>();
        linesWithHours.put(Line.MAIN, lineService.line(Line.MAIN).name());
        handovers.partnerLines().keySet().forEach(code -> linesWithHours.put(code, lineService.line(code).name()));
        String asked = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("lijn");
        // Another line (a box, an unknown one) shows CLBch@t's hours, as the page always did.
        line = asked != null && linesWithHours.containsKey(asked) ? asked : Line.MAIN;
        lineName = linesWithHours.get(line);
        load();
    }

    void load() {
        List<StoredRuleSet> stored = openingRules.ruleSets(line);
        rows = stored.stream().map(s -> new Row(s.id(), s.rules().validFrom().toString(),
                s.rules().validUntil() == null ? "(zonder einde)" : s.rules().validUntil().toString(),
                s.note() == null ? "" : s.note())).toList();
        if (!stored.isEmpty()) {
            StoredRuleSet latest = stored.get(stored.size() - 1);
            fill(latest.rules(), latest.note());
            editing = latest.id();
        } else {
            fill(new RuleSet(LocalDate.now(), null, WeeklyHours.closed(), WeeklyHours.closed(), true, List.of()), null);
            editing = null;
        }
    }

    private void fill(RuleSet rules, String text) {
        validFrom = rules.validFrom();
        validUntil = rules.validUntil();
        closedOnPublicHolidays = rules.closedOnPublicHolidays();
        note = text;
        closures = rules.closures();
        days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            days.add(new DayRow(day, write(rules.schoolDays().on(day)), write(rules.holidayDays().on(day))));
        }
    }

    private static String write(List<TimeRange> ranges) {
        return ranges.stream().map(TimeRange::toString).collect(Collectors.joining(", "));
    }

    public void edit(long id) {
        openingRules.ruleSets(line).stream().filter(s -> s.id() == id).findFirst().ifPresent(s -> {
            fill(s.rules(), s.note());
            editing = id;
        });
    }

    /** A new rule set starts from the hours of the one shown, from a day still to be chosen. */
    public void startNew() {
        editing = null;
        validFrom = null;
        validUntil = null;
        note = null;
    }

    public void save() {
        boolean valid = true;
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            Messages.error("rules-form:validUntil", "Het einde ligt voor het begin.");
            valid = false;
        }
        WeeklyHours.Builder school = WeeklyHours.builder();
        WeeklyHours.Builder holiday = WeeklyHours.builder();
        for (int i = 0; i < days.size(); i++) {
            DayRow row = days.get(i);
            valid &= read(row.day, row.school, school, "rules-form:days:" + i + ":school");
            valid &= read(row.day, row.holiday, holiday, "rules-form:days:" + i + ":holiday");
        }
        if (!valid) {
            return;
        }
        try {
            editing = openingRules.saveRuleSet(line, editing, new RuleSet(validFrom, validUntil,
                    school.build(), holiday.build(), closedOnPublicHolidays, closures), note);
        } catch (Refusal problem) {
            Messages.refused(problem, "rules-form:validFrom");
            return;
        }
        Messages.info("Openingsuren bewaard.");
        Long saved = editing;
        load();
        edit(saved);
    }

    /** Reads "17:00-21:00, 22:00-23:00" into the builder; a message at the field when it cannot. */
    private static boolean read(DayOfWeek day, String typed, WeeklyHours.Builder into, String field) {
        if (typed == null || typed.isBlank()) {
            return true;
        }
        try {
            for (String part : typed.split(",")) {
                String[] times = part.strip().split("\\s*-\\s*");
                if (times.length != 2) {
                    throw new IllegalArgumentException("schrijf de uren als 17:00-21:00");
                }
                into.open(day, TimeRange.of(times[0], times[1]));
            }
            return true;
        } catch (DateTimeParseException e) {
            Messages.error(field, "Schrijf de uren als 17:00-21:00.");
        } catch (IllegalArgumentException e) {
            Messages.error(field, e.getMessage().startsWith("schrijf") ? "Schrijf de uren als 17:00-21:00."
                    : "Het einde moet na het begin liggen en uren mogen niet overlappen.");
        }
        return false;
    }

    public String getLine() {
        return line;
    }

    public String getLineName() {
        return lineName;
    }

    /** The lines with weekly hours, for the switch at the top when there is more than CLBch@t. */
    public List<java.util.Map.Entry<String, String>> getLinesWithHours() {
        return List.copyOf(linesWithHours.entrySet());
    }

    public boolean isCreating() {
        return editing == null;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<DayRow> getDays() {
        return days;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public boolean isClosedOnPublicHolidays() {
        return closedOnPublicHolidays;
    }

    public void setClosedOnPublicHolidays(boolean closedOnPublicHolidays) {
        this.closedOnPublicHolidays = closedOnPublicHolidays;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getClosuresText() {
        return closures.stream().map(c -> c.name() + " (" + c.firstDay().getDayOfMonth() + "/"
                + c.firstDay().getMonthValue() + " t.e.m. " + c.lastDay().getDayOfMonth() + "/"
                + c.lastDay().getMonthValue() + ")").collect(Collectors.joining(", "));
    }
}
