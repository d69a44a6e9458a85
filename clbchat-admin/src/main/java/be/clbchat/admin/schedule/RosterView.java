package be.clbchat.admin.schedule;

import be.clbchat.admin.faces.Messages;
import be.clbchat.application.opening.OpeningHoursService;
import be.clbchat.application.schedule.RosterService;
import be.clbchat.application.schedule.SchedulePlanningService;
import be.clbchat.application.schedule.ShiftService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.line.Line;
import be.clbchat.domain.operator.Operator;
import be.clbchat.domain.schedule.Coverage;
import be.clbchat.domain.schedule.RosterProposal;
import be.clbchat.domain.schedule.ShiftBlock;
import be.clbchat.domain.schedule.StaffingNeed;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

/**
 * The coordinators' roster: a week/month calendar of blocks with filled/needed and the medical check, the gaps of the
 * period, assigning and removing operators, making blocks for a period, and asking for a suggested roster.
 */
@Named
@ViewScoped
public class RosterView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Locale DUTCH = Locale.forLanguageTag("nl-BE");
    static final DateTimeFormatter BLOCK = DateTimeFormatter.ofPattern("EEEE d MMMM HH:mm", DUTCH);
    static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", DUTCH);

    /** A block as a table row: when, how it stands, and who is on it. */
    public record BlockRow(long id, String when, String state, String stateLabel, String summary, String flagReason,
                           List<PersonRow> people) implements Serializable {
    }

    public record PersonRow(String username, String name, String discipline) implements Serializable {
    }

    @Inject
    private SchedulePlanningService planning;

    @Inject
    private ShiftService shifts;

    @Inject
    private RosterService roster;

    @Inject
    private OpeningHoursService openingHours;

    @Inject
    private SecurityContext security;

    private LocalDate from;
    private LocalDate to;
    private String view = "timeGridWeek";
    private ScheduleModel calendar;
    private List<BlockRow> gaps;
    private BlockRow selected;
    private String operatorToAdd;
    private List<PersonRow> operators;
    private LocalDate newDay;
    private LocalTime newStarts;
    private LocalTime newEnds;
    private String dayStarts = "13:00:00";
    private String dayEnds = "22:00:00";
    private Integer newMin = StaffingNeed.DEFAULT.min();
    private Integer newMax = StaffingNeed.DEFAULT.max();
    private boolean newMedical = true;

    @PostConstruct
    void init() {
        LocalDate today = LocalDate.now(openingHours.zone(Line.MAIN));
        from = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        to = from.plusWeeks(4).minusDays(1);
        operators = planning.loads(Line.MAIN, YearMonth.from(today)).stream()
                .filter(load -> load.operator().profile().active())
                .map(load -> person(load.username(), load.operator())).toList();
        calendar = new LazyScheduleModel() {
            private static final long serialVersionUID = 1L;

            @Override
            public void loadEvents(LocalDateTime start, LocalDateTime end) {
                clear();
                LocalDate last = end.toLocalDate().minusDays(1);
                if (last.isBefore(start.toLocalDate())) {
                    return;
                }
                ZoneId zone = openingHours.zone(Line.MAIN);
                for (ShiftBlock block : planning.blocks(Line.MAIN, start.toLocalDate(), last)) {
                    Coverage coverage = block.coverage();
                    addEvent(DefaultScheduleEvent.builder()
                            .id(Long.toString(block.id()))
                            .title(coverage.summary() + (coverage.needsAttention() ? " – " + coverage.state().label() : ""))
                            .startDate(block.startsAt().atZone(zone).toLocalDateTime())
                            .endDate(block.endsAt().atZone(zone).toLocalDateTime())
                            .styleClass("block block-" + coverage.state().name().toLowerCase(Locale.ROOT))
                            .data(block.id())
                            .build());
                }
            }
        };
        refreshGaps();
    }

    static PersonRow person(String username, Operator operator) {
        var profile = operator.profile();
        String name = profile.realName() != null ? profile.realName() : username;
        String alias = operator.alias().map(a -> " (" + a + ")").orElse("");
        return new PersonRow(username, name + alias, profile.discipline() == null ? "discipline onbekend"
                : profile.discipline().label());
    }

    private void refreshGaps() {
        try {
            gaps = planning.blocks(Line.MAIN, from, to).stream().filter(block -> block.coverage().needsAttention())
                    .map(this::row).toList();
        } catch (Refusal refusal) {
            gaps = List.of();
            Messages.refused(refusal, "period:to");
        }
    }

    private BlockRow row(ShiftBlock block) {
        ZoneId zone = openingHours.zone(Line.MAIN);
        Coverage coverage = block.coverage();
        List<PersonRow> people = new ArrayList<>();
        block.assignments().forEach(a -> people.add(person(a.username(), a.operator())));
        return new BlockRow(block.id(), BLOCK.format(block.startsAt().atZone(zone)) + "–"
                + HOUR.format(block.endsAt().atZone(zone)), coverage.state().name().toLowerCase(Locale.ROOT),
                coverage.state().label(), coverage.summary(), block.flagReason().orElse(""), people);
    }

    /** After the view parameters: a period that starts later than the default shows four weeks from there. */
    public void opened() {
        if (from != null && (to == null || to.isBefore(from))) {
            to = from.plusWeeks(4).minusDays(1);
        }
        if (from != null) {
            LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate last = monday.plusWeeks(4).minusDays(1);
            ZoneId zone = openingHours.zone(Line.MAIN);
            List<java.time.ZonedDateTime[]> spans = new ArrayList<>();
            openingHours.intervals(Line.MAIN, monday, last)
                    .forEach(opening -> spans.add(new java.time.ZonedDateTime[] {opening.start(), opening.end()}));
            planning.blocks(Line.MAIN, monday, last).forEach(block -> spans.add(new java.time.ZonedDateTime[] {
                    block.startsAt().atZone(zone), block.endsAt().atZone(zone)}));
            dayStarts = firstHour(spans);
            dayEnds = lastHour(spans);
        }
        refreshGaps();
    }

    public void show() {
        if (from == null || to == null || to.isBefore(from)) {
            Messages.error("period:to", "Kies een periode: de einddatum ligt na de begindatum.");
            return;
        }
        refreshGaps();
    }

    public void generate() {
        if (from == null || to == null) {
            Messages.error("period:to", "Kies een begin- en einddatum.");
            return;
        }
        try {
            var result = planning.generate(Line.MAIN, from, to, me());
            Messages.info(result.created() + " blokken aangemaakt, " + result.removed() + " lege verwijderd"
                    + (result.renewed() > 0 ? ", " + result.renewed() + " volgen een gewijzigd sjabloon" : "")
                    + (result.flagged() > 0 ? ", " + result.flagged() + " gemarkeerd (buiten de openingsuren)" : "")
                    + ".");
        } catch (Refusal refusal) {
            Messages.refused(refusal, "period:to");
        }
        refreshGaps();
    }

    public String propose() {
        try {
            RosterProposal proposal = roster.propose(Line.MAIN, from, to, me());
            return "/rooster/voorstel?faces-redirect=true&id=" + proposal.id();
        } catch (Refusal refusal) {
            Messages.refused(refusal, "period:to");
            return null;
        }
    }

    /** One block by hand, e.g. an extra hand-over; it must lie within the opening hours of its day. */
    public void addBlock() {
        if (newDay == null || newStarts == null || newEnds == null) {
            Messages.error("new-block:newDay", "Vul de dag, het begin- en het einduur in.");
            return;
        }
        StaffingNeed need;
        try {
            need = new StaffingNeed(newMin == null ? 0 : newMin, newMax == null ? 0 : newMax, newMedical);
        } catch (Refusal refusal) {
            Messages.refused(refusal, "new-block:newMin");
            return;
        }
        ZoneId zone = openingHours.zone(Line.MAIN);
        try {
            planning.addBlock(Line.MAIN, newDay.atTime(newStarts).atZone(zone).toInstant(),
                    newDay.atTime(newEnds).atZone(zone).toInstant(), need, me());
        } catch (Refusal refusal) {
            Messages.refused(refusal, "new-block:newEnds");
            return;
        }
        Messages.info("Blok toegevoegd op " + newDay + " van " + newStarts + " tot " + newEnds + ".");
        newStarts = null;
        newEnds = null;
        refreshGaps();
    }

    public void onBlockSelect(SelectEvent<ScheduleEvent<?>> event) {
        select(Long.parseLong(event.getObject().getId()));
    }

    public void select(long blockId) {
        selected = planning.block(blockId).map(this::row).orElse(null);
        operatorToAdd = null;
        if (selected == null) {
            Messages.error(null, "Dit blok bestaat niet meer.");
        }
    }

    public void assign() {
        if (selected == null || operatorToAdd == null || operatorToAdd.isBlank()) {
            Messages.error("block-form:operator", "Kies een operator.");
            return;
        }
        try {
            shifts.assign(me(), selected.id(), operatorToAdd);
            Messages.info("Operator toegevoegd.");
        } catch (Refusal refusal) {
            Messages.refused(refusal, "block-form:operator");
        }
        select(selected.id());
        refreshGaps();
    }

    public void unassign(String username) {
        if (selected == null) {
            return;
        }
        try {
            shifts.unassign(me(), selected.id(), username);
            Messages.info("Operator van het blok gehaald.");
        } catch (Refusal refusal) {
            Messages.refused(refusal, null);
        }
        select(selected.id());
        refreshGaps();
    }

    public void removeBlock() {
        if (selected == null) {
            return;
        }
        try {
            planning.removeBlock(selected.id());
            Messages.info("Blok verwijderd.");
            selected = null;
        } catch (Refusal refusal) {
            Messages.refused(refusal, null);
        }
        refreshGaps();
    }

    private String me() {
        return security.getCallerPrincipal().getName();
    }

    public LocalDate getInitialDate() {
        return from;
    }

    /**
     * The week view starts at the earliest hour the line opens, or a block starts, in these weeks — not at midnight —
     * and ends at the latest hour one ends; a block outside the opening hours is inside that span too.
     */
    public String getDayStarts() {
        return dayStarts;
    }

    public String getDayEnds() {
        return dayEnds;
    }

    static String firstHour(List<java.time.ZonedDateTime[]> spans) {
        int hour = spans.stream().mapToInt(span -> span[0].getHour()).min().orElse(13);
        return String.format("%02d:00:00", hour);
    }

    static String lastHour(List<java.time.ZonedDateTime[]> spans) {
        int hour = spans.stream().mapToInt(span -> !span[1].toLocalDate().equals(span[0].toLocalDate()) ? 24
                : span[1].getHour() + (span[1].getMinute() > 0 ? 1 : 0)).max().orElse(22);
        return String.format("%02d:00:00", Math.max(1, Math.min(24, hour)));
    }


    public ScheduleModel getCalendar() {
        return calendar;
    }

    public List<BlockRow> getGaps() {
        return gaps;
    }

    public BlockRow getSelected() {
        return selected;
    }

    public List<PersonRow> getOperators() {
        return operators;
    }

    public String getOperatorToAdd() {
        return operatorToAdd;
    }

    public void setOperatorToAdd(String operatorToAdd) {
        this.operatorToAdd = operatorToAdd;
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

    public LocalDate getNewDay() {
        return newDay;
    }

    public void setNewDay(LocalDate newDay) {
        this.newDay = newDay;
    }

    public LocalTime getNewStarts() {
        return newStarts;
    }

    public void setNewStarts(LocalTime newStarts) {
        this.newStarts = newStarts;
    }

    public LocalTime getNewEnds() {
        return newEnds;
    }

    public void setNewEnds(LocalTime newEnds) {
        this.newEnds = newEnds;
    }

    public Integer getNewMin() {
        return newMin;
    }

    public void setNewMin(Integer newMin) {
        this.newMin = newMin;
    }

    public Integer getNewMax() {
        return newMax;
    }

    public void setNewMax(Integer newMax) {
        this.newMax = newMax;
    }

    public boolean isNewMedical() {
        return newMedical;
    }

    public void setNewMedical(boolean newMedical) {
        this.newMedical = newMedical;
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view;
    }
}
