package be.clbchat.admin.dashboard;

import be.clbchat.application.LineService;
import be.clbchat.application.StaffAccountService;
import be.clbchat.domain.line.Line;
import be.clbchat.domain.staff.StaffRole;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
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

    public List<LineRow> getLines() {
        return lines;
    }
}
