package be.clbchat.admin.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import be.clbchat.domain.staff.StaffRoles;
import be.clbchat.infrastructure.security.Logouts;
import java.io.IOException;

/** Who is logged in, and logging out. */
@Named
@RequestScoped
public class SessionView {

    @Inject
    private SecurityContext security;

    @Inject
    private ExternalContext external;

    @Inject
    private Logouts logouts;

    /** The roles of the person logged in, as people say them ("coördinator, operator"). */
    public String roleLabels() {
        return StaffRoles.labelsOf(((HttpServletRequest) external.getRequest())::isUserInRole);
    }

    public String username() {
        return security.getCallerPrincipal() == null ? "" : security.getCallerPrincipal().getName();
    }

    /** Also closes the console's sockets of this login: the admin pages and the console share one sign-on. */
    public void logout() throws ServletException, IOException {
        logouts.loggingOut((HttpServletRequest) external.getRequest());
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?uitgelogd=1");
        FacesContext.getCurrentInstance().responseComplete();
    }
}
