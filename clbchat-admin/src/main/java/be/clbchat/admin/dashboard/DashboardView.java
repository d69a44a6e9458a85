package be.clbchat.admin.dashboard;

import be.clbchat.application.line.LineService;
import be.clbchat.application.opening.OpeningHoursService;
import be.clbchat.application.schedule.SchedulePlanningService;
import be.clbchat.application.staff.StaffAccountService;
import be.clbchat.domain.line.Line;
import be.clbchat.domain.schedule.ShiftBlock;
import be.clbchat.domain.staff.StaffRole;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
            StaffRole.ADMIN, "Beheerders");

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

    @PostConstruct
    void load() {
        roleCounts = accounts.activeAccountsPerRole().entrySet().stream()
                .map(entry -> new RoleCount(ROLE_LABELS.get(entry.getKey()), entry.getValue()))
                .toList();
        lines = lineService.allLines().stream()
                .map((Line line) -> new LineRow(line.code(), line.name(), line.timeZone().getId()))
                .toList();
    }

    public List<RoleCount> getRoleCounts() {
        return roleCounts;
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
        return lines;
    }
}
