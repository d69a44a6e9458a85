package be.clbchat.admin.account;

import be.clbchat.admin.faces.Messages;
import be.clbchat.application.staff.StaffAccountService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.staff.StaffRoles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Everyone's own password: changed at will, and at the first login after someone else chose it. */
@Named
@RequestScoped
public class PasswordView {

    @Inject
    private StaffAccountService accounts;

    @Inject
    private SecurityContext security;

    @Inject
    private ExternalContext external;

    private String current;
    private String next;
    private String repeat;

    public boolean isMustChange() {
        return accounts.mustChangePassword(security.getCallerPrincipal().getName());
    }

    public void change() throws IOException {
        if (next == null || !next.equals(repeat)) {
            Messages.error("password-form:repeat", "Typ het nieuwe wachtwoord twee keer hetzelfde.");
            return;
        }
        try {
            accounts.changeOwnPassword(security.getCallerPrincipal().getName(), current, next);
        } catch (Refusal refusal) {
            Messages.refused(refusal, "password-form", null);
            return;
        }
        ((HttpServletRequest) external.getRequest()).getSession().setAttribute(PasswordChangeFilter.CHECKED, true);
        external.getFlash().setKeepMessages(true);
        Messages.info("Je wachtwoord is veranderd.");
        boolean admin = security.isCallerInRole(StaffRoles.COORDINATOR) || security.isCallerInRole(StaffRoles.ADMIN)
                || security.isCallerInRole(StaffRoles.CLB_ADMIN);
        external.redirect(admin ? external.getRequestContextPath() + "/index.xhtml" : "/operator/");
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
