package be.clbchat.admin.statistics;

import be.clbchat.admin.faces.Messages;
import be.clbchat.application.statistics.Questions;
import be.clbchat.application.statistics.ReportTable;
import be.clbchat.application.statistics.ReportTables;
import be.clbchat.application.statistics.StatisticsService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.opening.SchoolYear;
import be.clbchat.domain.statistics.DutchNumbers;
import be.clbchat.domain.statistics.PastYear;
import be.clbchat.domain.statistics.StatisticsPeriod;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * "Statistieken": the annual report's figures for a school year or a free period and a line, each table with its
 * chart, a CSV per table and the whole report as PDF. The coordination team also enters the totals of years before
 * the platform here.
 */
@Named
@ViewScoped
public class StatisticsView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The first school year anyone may ask for: CLBch@t opened on 1 February 2016. */
    static final int FIRST_YEAR = 2015;

    /** One table on the page: its chart as Chart.js JSON and where its CSV is. */
    public record Section(String id, String title, List<String> headers, List<List<String>> rows, String note,
                          String chart, int chartHeight, String csv) implements Serializable {
    }

    /** A hand-entered school year in the table. */
    public record PastRow(String schoolYear, String chats, String pupils, String parents, String fakeCalls,
                          String source, String enteredBy) implements Serializable {
    }

    @Inject
    private StatisticsService statistics;

    @Inject
    private SecurityContext security;

    @Inject
    private Clock clock;

    private String schoolYear;
    private boolean freePeriod;
    private LocalDate from;
    private LocalDate to;
    private String line = StatisticsService.ALL_LINES;
    private String theme;
    private List<Section> sections = List.of();
    private String shown;
    private String query;
    private List<StatisticsService.LineChoice> lineChoices;
    private List<StatisticsService.LineChoice> themeChoices;
    private List<PastRow> pastYears;

    private String pastYear;
    private Long pastChats;
    private Long pastPupils;
    private Long pastParents;
    private BigDecimal pastFakeCallPercent;
    private boolean pastApproximate;
    private String pastSource;

    /** Opens on the current school year, or on the one (and line) the address names: {@code ?schoolYear=&line=}. */
    @PostConstruct
    void load() {
        schoolYear = SchoolYear.containing(today()).label();
        lineChoices = statistics.lineChoices(caller());
        themeChoices = statistics.themeChoices(caller());
        Map<String, String> asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String year = asked.get("schoolYear");
        if (year != null && getSchoolYears().contains(year)) {
            schoolYear = year;
        }
        String askedLine = asked.get("line");
        if (askedLine != null && lineChoices.stream().anyMatch(choice -> choice.code().equals(askedLine))) {
            line = askedLine;
        }
        show();
    }

    /** Computes the figures for the filters as they are now. */
    public void show() {
        try {
            StatisticsService.Question question = freePeriod
                    ? new StatisticsService.Question(Questions.period(require(from, "from"), require(to, "to")),
                            line, Optional.ofNullable(theme).filter(code -> !code.isBlank()))
                    : Questions.parse(schoolYear, null, null, line, theme, today());
            StatisticsService.Report report = statistics.report(caller(), question);
            query = query(question);
            shown = capitalised(question.period().label()) + ", " + report.linesName() + ": "
                    + DutchNumbers.whole(report.figures().chats()) + " chats";
            List<Section> made = new ArrayList<>();
            for (ReportTable table : ReportTables.of(report)) {
                made.add(new Section(table.id(), table.title(), table.headers(), table.rows(), table.note(),
                        table.chart().map(ChartJson::of).orElse(null),
                        table.chart().map(ChartJson::height).orElse(0),
                        "download?format=csv&table=" + table.id() + "&" + query));
            }
            sections = made;
        } catch (Refusal refusal) {
            Messages.refused(refusal, "filters", null);
        }
    }

    private static LocalDate require(LocalDate day, String field) {
        if (day == null) {
            throw Refusal.invalid("invalid-period", Map.of(field, "Kies een dag."));
        }
        return day;
    }

    private static String query(StatisticsService.Question question) {
        Map<String, String> parameters = new LinkedHashMap<>();
        StatisticsPeriod period = question.period();
        if (period.schoolYear().isPresent()) {
            parameters.put("schoolYear", period.schoolYear().get().label());
        } else {
            parameters.put("from", period.from().toString());
            parameters.put("to", period.to().toString());
        }
        parameters.put("line", question.line());
        question.theme().ifPresent(code -> parameters.put("theme", code));
        return parameters.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public String getPdf() {
        return "download?format=pdf&" + query;
    }

    /** Every school year from CLBch@t's first to the current one, newest first. */
    public List<String> getSchoolYears() {
        List<String> years = new ArrayList<>();
        for (int year = SchoolYear.containing(today()).startYear(); year >= FIRST_YEAR; year--) {
            years.add(new SchoolYear(year).label());
        }
        return years;
    }

    public boolean isCoordination() {
        return security.isCallerInRole("coordinator") || security.isCallerInRole("admin");
    }

    public List<PastRow> getPastYears() {
        if (pastYears == null) {
            pastYears = !isCoordination() ? List.of() : statistics.pastYears(caller()).stream()
                    .map(StatisticsView::row).toList();
        }
        return pastYears;
    }

    private static PastRow row(PastYear year) {
        return new PastRow(year.year().label(), (year.approximate() ? "± " : "") + DutchNumbers.whole(year.chats()),
                year.pupils().isPresent() ? DutchNumbers.whole(year.pupils().getAsLong()) : "–",
                year.parents().isPresent() ? DutchNumbers.whole(year.parents().getAsLong()) : "–",
                year.fakeCallPercent().map(percent -> DutchNumbers.decimal(percent.doubleValue(), 2) + "%").orElse("–"),
                year.source(), year.enteredBy());
    }

    /** Fills the form with a year entered before, to change it. */
    public void editPastYear(String label) {
        statistics.pastYears(caller()).stream().filter(year -> year.year().label().equals(label)).findFirst()
                .ifPresent(year -> {
                    pastYear = label;
                    pastChats = year.chats();
                    pastPupils = year.pupils().isPresent() ? year.pupils().getAsLong() : null;
                    pastParents = year.parents().isPresent() ? year.parents().getAsLong() : null;
                    pastFakeCallPercent = year.fakeCallPercent().orElse(null);
                    pastApproximate = year.approximate();
                    pastSource = year.source();
                });
    }

    public void savePastYear() {
        try {
            if (pastYear == null || pastYear.isBlank()) {
                throw Refusal.invalid("invalid-past-year", Map.of("pastYear", "Kies een schooljaar."));
            }
            if (pastChats == null) {
                throw Refusal.invalid("invalid-past-year", Map.of("pastChats", "Geef het aantal chats."));
            }
            PastYear saved = statistics.savePastYear(caller(), SchoolYear.parse(pastYear), pastChats, pastPupils,
                    pastParents, pastFakeCallPercent, pastApproximate, pastSource);
            Messages.info("Cijfers van " + saved.year().label() + " bewaard.");
            pastYears = null;
            pastYear = null;
            pastChats = null;
            pastPupils = null;
            pastParents = null;
            pastFakeCallPercent = null;
            pastApproximate = false;
            pastSource = null;
            show();
        } catch (Refusal refusal) {
            Map<String, String> fields = new LinkedHashMap<>();
            refusal.fields().forEach((field, text) -> fields.put(switch (field) {
                case "schoolYear" -> "pastYear";
                case "chats" -> "pastChats";
                case "pupils" -> "pastPupils";
                case "parents" -> "pastParents";
                case "fakeCallPercent" -> "pastFakeCallPercent";
                case "source" -> "pastSource";
                default -> field;
            }, text));
            Messages.refused(fields.isEmpty() ? refusal : Refusal.invalid(refusal.code(), fields), "past-form", null);
        }
    }

    public void removePastYear(String label) {
        try {
            statistics.removePastYear(caller(), SchoolYear.parse(label));
            Messages.info("Cijfers van " + label + " verwijderd.");
            pastYears = null;
            show();
        } catch (Refusal refusal) {
            Messages.refused(refusal, null);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(StatisticsPeriod.ZONE));
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The school years one may enter by hand: those that are over, newest first. */
    public List<String> getPastSchoolYears() {
        return getSchoolYears().subList(1, getSchoolYears().size());
    }

    public List<Section> getSections() {
        return sections;
    }

    public String getShown() {
        return shown;
    }

    public List<StatisticsService.LineChoice> getLineChoices() {
        return lineChoices;
    }

    public List<StatisticsService.LineChoice> getThemeChoices() {
        return themeChoices;
    }

    public String getSchoolYear() {
        return schoolYear;
    }

    public void setSchoolYear(String schoolYear) {
        this.schoolYear = schoolYear;
    }

    public boolean isFreePeriod() {
        return freePeriod;
    }

    public void setFreePeriod(boolean freePeriod) {
        this.freePeriod = freePeriod;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getLine() {
        return line;
    }

    public void setLine(String line) {
        this.line = line;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getPastYear() {
        return pastYear;
    }

    public void setPastYear(String pastYear) {
        this.pastYear = pastYear;
    }

    public Long getPastChats() {
        return pastChats;
    }

    public void setPastChats(Long pastChats) {
        this.pastChats = pastChats;
    }

    public Long getPastPupils() {
        return pastPupils;
    }

    public void setPastPupils(Long pastPupils) {
        this.pastPupils = pastPupils;
    }

    public Long getPastParents() {
        return pastParents;
    }

    public void setPastParents(Long pastParents) {
        this.pastParents = pastParents;
    }

    public BigDecimal getPastFakeCallPercent() {
        return pastFakeCallPercent;
    }

    public void setPastFakeCallPercent(BigDecimal pastFakeCallPercent) {
        this.pastFakeCallPercent = pastFakeCallPercent;
    }

    public boolean isPastApproximate() {
        return pastApproximate;
    }

    public void setPastApproximate(boolean pastApproximate) {
        this.pastApproximate = pastApproximate;
    }

    public String getPastSource() {
        return pastSource;
    }

    public void setPastSource(String pastSource) {
        this.pastSource = pastSource;
    }
}
