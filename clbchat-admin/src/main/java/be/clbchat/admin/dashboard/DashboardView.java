package be.clbchat.admin.dashboard;

import be.clbchat.application.box.BoxService;
import be.clbchat.application.line.LineService;
import be.clbchat.application.opening.OpeningHoursService;
import be.clbchat.application.schedule.SchedulePlanningService;
import be.clbchat.application.staff.StaffAccountService;
import be.clbchat.application.statistics.StatisticsService;
import be.clbchat.domain.statistics.DutchNumbers;
import be.clbchat.domain.line.Line;
import be.clbchat.domain.schedule.ShiftBlock;
import be.clbchat.domain.staff.StaffRole;
import be.clbchat.domain.staff.StaffRoles;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The admin's first page: which lines exist and how many staff accounts there are per role. */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** One row of the accounts table. */
    public record RoleCount(String role, long accounts) implements Serializable {
    }

    /** The coming two weeks of the roster at a glance. */
    public record RosterSummary(int blocks, int shortBlocks, int withoutMedic, int flagged) implements Serializable {
    }

    /** One row of the lines table. */
    public record LineRow(String code, String name, String timezone) implements Serializable {
    }

    private static final Map<StaffRole, String> ROLE_LABELS = Map.of(
            StaffRole.OPERATOR, "Chatmedewerkers",
            StaffRole.COORDINATOR, "Coördinatoren",
            StaffRole.CLB_ADMIN, "CLB-beheerders",
            StaffRole.ADMIN, "Beheerders",
            StaffRole.CLB_STAFF, "CLB-medewerkers");

    @Inject
    private StaffAccountService accounts;

    @Inject
    private LineService lineService;

    @Inject
    private SchedulePlanningService planning;

    @Inject
    private OpeningHoursService openingHours;

    private RosterSummary roster;
    private List<RoleCount> roleCounts;
    private List<LineRow> lines;

    @Inject
    private BoxService boxes;

    @Inject
    private SecurityContext security;

    private List<BoxRow> myBoxes;

    @Inject
    private StatisticsService statistics;

    /** Today so far, written out: chats, waiting now, average wait, and the usual for this weekday up to now. */
    public record TodayFigures(String chats, String waitingNow, String averageWait, String usualChats,
                               String usualWait, int weeksCompared) implements Serializable {
    }

    private TodayFigures today;
    private long todayRead;

    /** Read again when the card refreshes itself (every 30 s); one read serves a whole rendering. */
    public TodayFigures getToday() {
        if (today == null || System.nanoTime() - todayRead > 5_000_000_000L) {
            today = readToday();
            todayRead = System.nanoTime();
        }
        return today;
    }

    private TodayFigures readToday() {
        StatisticsService.Today today = statistics.today(security.getCallerPrincipal().getName());
        return new TodayFigures(DutchNumbers.whole(today.chats()), DutchNumbers.whole(today.waitingNow()),
                minutes(today.averageWaitMinutes()),
                today.usualChats().isPresent() ? DutchNumbers.decimal(today.usualChats().getAsDouble(), 1) : "–",
                minutes(today.usualWaitMinutes()), today.weeksCompared());
    }

    private static String minutes(java.util.OptionalDouble value) {
        return value.isPresent() ? DutchNumbers.decimal(value.getAsDouble(), 1) + " min" : "–";
    }

    /** One box on the dashboard. */
    public record BoxRow(String clb, String clbName, String code, String title, boolean openNow)
            implements Serializable {
    }

    /** The whole platform's figures: for the coordination team and admins, never for a CLB's own login. */
    private boolean platformWide() {
        return security.isCallerInRole(StaffRoles.COORDINATOR) || security.isCallerInRole(StaffRoles.ADMIN);
    }

    public List<RoleCount> getRoleCounts() {
        if (roleCounts == null) {
            roleCounts = !platformWide() ? List.of() : accounts.activeAccountsPerRole().entrySet().stream()
                    .map(entry -> new RoleCount(ROLE_LABELS.get(entry.getKey()), entry.getValue()))
                    .toList();
        }
        return roleCounts;
    }

    /** The boxes the caller may see (a CLB admin: their own CLB's), with whether each is open now. */
    public List<BoxRow> getMyBoxes() {
        if (myBoxes == null) {
            myBoxes = boxes.overview(security.getCallerPrincipal().getName()).stream()
                    .map(row -> new BoxRow(row.clb().code(), row.clb().name(), row.box().code(), row.box().title(),
                            row.openNow()))
                    .toList();
        }
        return myBoxes;
    }

    /** Read when shown (coordinators and admins only). */
    public RosterSummary getRoster() {
        if (roster == null) {
            LocalDate today = LocalDate.now(openingHours.zone(Line.MAIN));
            int blocks = 0;
            int shortBlocks = 0;
            int withoutMedic = 0;
            int flagged = 0;
            for (ShiftBlock block : planning.blocks(Line.MAIN, today, today.plusDays(13))) {
                blocks++;
                switch (block.coverage().state()) {
                    case SHORT -> shortBlocks++;
                    case NO_MEDICAL -> withoutMedic++;
                    case FLAGGED -> flagged++;
                    default -> { }
                }
            }
            roster = new RosterSummary(blocks, shortBlocks, withoutMedic, flagged);
        }
        return roster;
    }

    public List<LineRow> getLines() {
        if (lines == null) {
            lines = !platformWide() ? List.of() : lineService.allLines().stream()
                    .map((Line line) -> new LineRow(line.code(), line.name(), line.timeZone().getId()))
                    .toList();
        }
        return lines;
    }
}
