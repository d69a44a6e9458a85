package be.clbchat.admin.registration;

import be.clbchat.admin.faces.Messages;
import be.clbchat.application.registration.RegistrationService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.registration.Theme;
import be.clbchat.domain.tool.ClbDomain;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;

/**
 * The coordinators' list of themes operators register chats with, per CLB domain: add, rename, reorder, retire. A
 * retired theme is no longer offered and stays in the registrations that have it.
 */
@Named
@ViewScoped
public class ThemesView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<ClbDomain> DOMAINS = List.of(ClbDomain.OLB, ClbDomain.PSF, ClbDomain.LS, ClbDomain.PGZ);

    /** One theme in the table. */
    public record Row(String code, String domain, String domainLabel, String name, boolean active)
            implements Serializable {
    }

    @Inject
    private RegistrationService registrations;

    @Inject
    private SecurityContext security;

    private List<Row> rows;
    private ClbDomain domain;
    private String name;
    private String editing;
    private String newName;

    @PostConstruct
    void load() {
        rows = registrations.themes(true).stream()
                .sorted(java.util.Comparator.comparing((Theme theme) -> DOMAINS.indexOf(theme.domain()))
                        .thenComparing(Theme::position))
                .map(theme -> new Row(theme.code(), theme.domain().name(), theme.domain().label(), theme.name(),
                        theme.active())).toList();
    }

    public void add() {
        try {
            Theme added = registrations.addTheme(caller(), domain, name);
            Messages.info("Thema toegevoegd: " + added.name() + ".");
            name = null;
            load();
        } catch (Refusal refusal) {
            Messages.refused(refusal, "theme-form", null);
        }
    }

    public void edit(String code) {
        editing = code;
        newName = rows.stream().filter(row -> row.code().equals(code)).map(Row::name).findFirst().orElse(null);
    }

    public void rename() {
        try {
            registrations.renameTheme(caller(), editing, newName);
            Messages.info("Thema hernoemd.");
            editing = null;
            load();
        } catch (Refusal refusal) {
            Messages.refused(refusal, "themes-form", null);
        }
    }

    public void move(String code, int step) {
        act(() -> registrations.moveTheme(caller(), code, step), null);
    }

    public void setActive(String code, boolean active) {
        act(() -> registrations.setThemeActive(caller(), code, active), active ? "Het thema wordt weer aangeboden."
                : "Het thema wordt niet meer aangeboden; het blijft in de registraties die het al hebben.");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            if (done != null) {
                Messages.info(done);
            }
            load();
        } catch (Refusal refusal) {
            Messages.refused(refusal, null);
        }
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<ClbDomain> getDomains() {
        return DOMAINS;
    }

    public ClbDomain getDomain() {
        return domain;
    }

    public void setDomain(ClbDomain domain) {
        this.domain = domain;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEditing() {
        return editing;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
