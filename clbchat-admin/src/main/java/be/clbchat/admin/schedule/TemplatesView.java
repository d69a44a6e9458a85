package be.clbchat.admin.schedule;

import be.clbchat.admin.faces.Messages;
import be.clbchat.application.schedule.SchedulePlanningService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.line.Line;
import be.clbchat.domain.schedule.DayKind;
import be.clbchat.domain.schedule.ShiftTemplate;
import be.clbchat.domain.schedule.StaffingNeed;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;

/**
 * Shift templates per kind of opening day (school day, holiday) and weekday, and the sign-up cut-off. Blocks made
 * afterwards follow them; press "Blokken aanmaken" on the roster to bring a period in line.
 */
@Named
@ViewScoped
public class TemplatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One template as a table row. */
    public record Row(long id, String day, String hours, String need) implements Serializable {
    }

    @Inject
    private SchedulePlanningService planning;

    @Inject
    private SecurityContext security;

    private List<Row> rows;
    private DayKind kind = DayKind.SCHOOL_DAY;
    private DayOfWeek weekday = DayOfWeek.WEDNESDAY;
    private LocalTime starts;
    private LocalTime ends;
    private Integer min = StaffingNeed.DEFAULT.min();
    private Integer max = StaffingNeed.DEFAULT.max();
    private boolean medical = true;
    private Integer cutoffHours;

    @PostConstruct
    void load() {
        rows = planning.templates(Line.MAIN).stream().map(TemplatesView::row).toList();
        cutoffHours = planning.cutoffHours(Line.MAIN);
    }

    private static Row row(ShiftTemplate t) {
        StaffingNeed need = t.need();
        return new Row(t.id(), t.dayKind().label() + ", " + t.weekday().getDisplayName(TextStyle.FULL, RosterView.DUTCH),
                t.starts() + "–" + t.ends(), need.min() + " tot " + need.max() + (need.needsMedical()
                        ? ", minstens 1 arts of verpleegkundige" : ""));
    }

    public void add() {
        StaffingNeed need;
        try {
            need = new StaffingNeed(min, max, medical);
        } catch (Refusal refusal) {
            Messages.refused(refusal, "template-form:min");
            return;
        }
        try {
            planning.saveTemplate(null, Line.MAIN, kind, weekday, starts, ends, need,
                    security.getCallerPrincipal().getName());
        } catch (Refusal refusal) {
            Messages.refused(refusal, "template-form:ends");
            return;
        }
        Messages.info("Sjabloon bewaard. Maak de blokken van een periode opnieuw aan op het rooster om het toe te passen.");
        starts = null;
        ends = null;
        load();
    }

    public void remove(long id) {
        planning.removeTemplate(id);
        Messages.info("Sjabloon verwijderd. Lege blokken ervan verdwijnen wanneer je de blokken opnieuw aanmaakt.");
        load();
    }

    public void saveCutoff() {
        try {
            planning.changeCutoff(Line.MAIN, cutoffHours, security.getCallerPrincipal().getName());
            Messages.info("Termijn bewaard: inschrijven en uitschrijven kan tot " + cutoffHours
                    + " uur voor een blok.");
        } catch (Refusal refusal) {
            Messages.refused(refusal, "cutoff-form:cutoff");
        }
    }

    public DayKind[] getKinds() {
        return DayKind.values();
    }

    public List<DayOfWeek> getWeekdays() {
        return List.of(DayOfWeek.values());
    }

    public String weekdayLabel(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, RosterView.DUTCH);
    }

    public List<Row> getRows() {
        return rows;
    }

    public DayKind getKind() {
        return kind;
    }

    public void setKind(DayKind kind) {
        this.kind = kind;
    }

    public DayOfWeek getWeekday() {
        return weekday;
    }

    public void setWeekday(DayOfWeek weekday) {
        this.weekday = weekday;
    }

    public LocalTime getStarts() {
        return starts;
    }

    public void setStarts(LocalTime starts) {
        this.starts = starts;
    }

    public LocalTime getEnds() {
        return ends;
    }

    public void setEnds(LocalTime ends) {
        this.ends = ends;
    }

    public Integer getMin() {
        return min;
    }

    public void setMin(Integer min) {
        this.min = min;
    }

    public Integer getMax() {
        return max;
    }

    public void setMax(Integer max) {
        this.max = max;
    }

    public boolean isMedical() {
        return medical;
    }

    public void setMedical(boolean medical) {
        this.medical = medical;
    }

    public Integer getCutoffHours() {
        return cutoffHours;
    }

    public void setCutoffHours(Integer cutoffHours) {
        this.cutoffHours = cutoffHours;
    }
}
