package be.clbchat.admin.opening;

import be.clbchat.admin.faces.Messages;
import be.clbchat.application.opening.OpeningHoursService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.line.Line;
import be.clbchat.domain.opening.OpeningException;
import be.clbchat.domain.opening.OpeningInterval;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * Coordinators' page for ad-hoc openings (after an incident, an extra Friday) and closures (a training day), with a
 * month calendar of the resulting opening hours. A change counts at once for visitors.
 */
@Named
@ViewScoped
public class ExceptionsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy HH:mm",
            Locale.forLanguageTag("nl-BE"));

    /** One row of the exceptions table, in the line's local time. */
    public record Row(long id, String start, String end, String kind, String reason) implements Serializable {
    }

    @Inject
    private OpeningHoursService openingHours;

    @Inject
    private SecurityContext security;

    private LocalDateTime start;
    private LocalDateTime end;
    private String kind = "open";
    private String reason;
    private List<Row> rows;
    private ScheduleModel calendar;

    @PostConstruct
    void load() {
        ZoneId zone = openingHours.zone(Line.MAIN);
        rows = openingHours.exceptions(Line.MAIN).stream()
                .map(e -> new Row(e.id(), SHOWN.format(e.start().atZone(zone)), SHOWN.format(e.end().atZone(zone)),
                        e.kind() == OpeningException.Kind.OPEN ? "extra opening" : "extra sluiting", e.reason()))
                .toList();
        calendar = new LazyScheduleModel() {
            private static final long serialVersionUID = 1L;

            @Override
            public void loadEvents(LocalDateTime from, LocalDateTime to) {
                clear();
                LocalDate last = to.toLocalDate().minusDays(1);
                if (last.isBefore(from.toLocalDate())) {
                    return;
                }
                for (OpeningInterval interval : openingHours.intervals(Line.MAIN, from.toLocalDate(), last)) {
                    addEvent(DefaultScheduleEvent.builder()
                            .title("Open: " + interval.reason())
                            .startDate(interval.start().toLocalDateTime())
                            .endDate(interval.end().toLocalDateTime())
                            .styleClass(interval.reason().contains("extra opening") ? "opening-extra" : "opening")
                            .build());
                }
            }
        };
    }

    public void add() {
        if (!end.isAfter(start)) {
            Messages.error("exception-form:end", "Het einde moet na het begin liggen.");
            return;
        }
        ZoneId zone = openingHours.zone(Line.MAIN);
        try {
            openingHours.addException(Line.MAIN, start.atZone(zone).toInstant(), end.atZone(zone).toInstant(),
                    "closed".equals(kind) ? OpeningException.Kind.CLOSED : OpeningException.Kind.OPEN, reason,
                    security.getCallerPrincipal().getName());
        } catch (Refusal problem) {
            String field = switch (problem.code()) {
                case "invalid-reason" -> "exception-form:reason";
                case "invalid-range", "range-too-long" -> "exception-form:end";
                default -> null;
            };
            Messages.refused(problem, field);
            return;
        }
        Messages.info(("closed".equals(kind) ? "Extra sluiting" : "Extra opening") + " bewaard.");
        start = null;
        end = null;
        reason = null;
        kind = "open";
        load();
    }

    public void remove(long id) {
        try {
            openingHours.removeException(Line.MAIN, id);
            Messages.info("Uitzondering verwijderd.");
        } catch (Refusal gone) {
            Messages.refused(gone, null);
        }
        load();
    }

    public List<Row> getRows() {
        return rows;
    }

    public ScheduleModel getCalendar() {
        return calendar;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public void setEnd(LocalDateTime end) {
        this.end = end;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
