package be.clbchat.admin.account;

import be.clbchat.admin.faces.Messages;
import be.clbchat.application.clb.ClbService;
import be.clbchat.application.staff.StaffAccountService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.clb.Clb;
import be.clbchat.domain.staff.StaffRole;
import be.clbchat.domain.staff.StaffRoles;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Staff accounts: a CLB admin sees and manages their own CLB's (staff and admins), the coordination team everyone's.
 * A new or reset account gets a one-time password, shown here once and never stored in plain text; it is changed at
 * the first login. A deactivated account cannot log in and its open console closes.
 */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Map<StaffRole, String> ROLE_LABELS = Map.of(
            StaffRole.OPERATOR, "CLBch@t-operator",
            StaffRole.COORDINATOR, "coördinator",
            StaffRole.CLB_ADMIN, "CLB-beheerder",
            StaffRole.ADMIN, "beheerder",
            StaffRole.CLB_STAFF, "CLB-medewerker");

    /** One account in the table. */
    public record Row(String username, String name, String roles, String clb, boolean active, boolean mustChange,
                      boolean inClbchatTeam) implements Serializable {
    }

    /** A role or a CLB in a menu. */
    public record Choice(String value, String label) implements Serializable {
    }

    @Inject
    private StaffAccountService accounts;

    @Inject
    private ClbService clbs;

    @Inject
    private SecurityContext security;

    private List<Row> rows;
    private List<Choice> clbChoices;
    private String username;
    private String displayName;
    private String role = StaffRole.CLB_STAFF.code();
    private String clb;
    /** The one-time password just made, with whose it is: shown once. */
    private String oneTimeFor;
    private String oneTimePassword;

    @PostConstruct
    void load() {
        String caller = caller();
        List<Clb> visible = clbs.clbs(caller);
        Map<String, String> names = visible.stream().collect(Collectors.toMap(Clb::code, Clb::name));
        clbChoices = visible.stream().map(c -> new Choice(c.code(), c.name())).toList();
        if (clbChoices.size() == 1) {
            clb = clbChoices.get(0).value();
        }
        Set<String> team = coordinationTeam() ? accounts.clbchatTeam() : Set.of();
        rows = accounts.accounts(caller).stream().map(account -> new Row(account.username().value(),
                account.displayName(), account.roles().stream().map(ROLE_LABELS::get).sorted()
                        .collect(Collectors.joining(", ")),
                account.clbCode().map(code -> names.getOrDefault(code, code)).orElse("—"), account.isActive(),
                account.mustChangePassword(), team.contains(account.username().value()))).toList();
    }

    public List<Choice> getRoleChoices() {
        Set<StaffRole> roles = coordinationTeam()
                ? EnumSet.of(StaffRole.OPERATOR, StaffRole.COORDINATOR, StaffRole.CLB_ADMIN, StaffRole.CLB_STAFF)
                : EnumSet.of(StaffRole.CLB_STAFF, StaffRole.CLB_ADMIN);
        if (security.isCallerInRole(StaffRoles.ADMIN)) {
            roles.add(StaffRole.ADMIN);
        }
        List<Choice> choices = new ArrayList<>();
        roles.forEach(r -> choices.add(new Choice(r.code(), ROLE_LABELS.get(r))));
        return choices;
    }

    public boolean coordinationTeam() {
        return security.isCallerInRole(StaffRoles.COORDINATOR) || security.isCallerInRole(StaffRoles.ADMIN);
    }

    public void create() {
        oneTimeFor = null;
        oneTimePassword = null;
        Set<StaffRole> roles = role == null || role.isBlank() ? Set.of() : Set.of(StaffRole.fromCode(role));
        try {
            StaffAccountService.OneTimePassword made = accounts.create(caller(), username, displayName,
                    Optional.ofNullable(clb), roles);
            oneTimeFor = made.account().username().value();
            oneTimePassword = made.password();
            Messages.info("Account " + oneTimeFor + " aangemaakt. Geef het eenmalige wachtwoord door; het wordt maar "
                    + "één keer getoond.");
            username = null;
            displayName = null;
            load();
        } catch (Refusal refusal) {
            Messages.refused(refusal, "account-form", null);
        }
    }

    public void reset(String account) {
        try {
            StaffAccountService.OneTimePassword made = accounts.resetPassword(caller(), account);
            oneTimeFor = made.account().username().value();
            oneTimePassword = made.password();
            Messages.info("Nieuw eenmalig wachtwoord voor " + oneTimeFor + ".");
            load();
        } catch (Refusal refusal) {
            Messages.refused(refusal, null);
        }
    }

    public void setActive(String account, boolean active) {
        try {
            accounts.setActive(caller(), account, active);
            Messages.info(active ? "Account " + account + " kan weer aanmelden."
                    : "Account " + account + " is uitgeschakeld: aanmelden kan niet meer.");
            load();
        } catch (Refusal refusal) {
            Messages.refused(refusal, null);
        }
    }

    public void setInClbchatTeam(String account, boolean inTeam) {
        try {
            accounts.setInClbchatTeam(caller(), account, inTeam);
            Messages.info(inTeam ? account + " beantwoordt nu ook CLBch@t." : account + " beantwoordt CLBch@t niet meer.");
            load();
        } catch (Refusal refusal) {
            Messages.refused(refusal, null);
        }
    }

    /** Forgets the shown one-time password. */
    public void hidePassword() {
        oneTimeFor = null;
        oneTimePassword = null;
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Choice> getClbChoices() {
        return clbChoices;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getClb() {
        return clb;
    }

    public void setClb(String clb) {
        this.clb = clb == null || clb.isBlank() ? null : clb;
    }

    public String getOneTimeFor() {
        return oneTimeFor;
    }

    public String getOneTimePassword() {
        return oneTimePassword;
    }

}
