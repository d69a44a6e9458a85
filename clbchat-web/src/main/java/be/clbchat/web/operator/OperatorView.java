package be.clbchat.web.operator;

import be.clbchat.domain.staff.StaffRoles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/** The operator console's first page: who is logged in. The chat console itself builds on this. */
@Named
@RequestScoped
public class OperatorView {

    @Inject
    private SecurityContext security;

    @Inject
    private be.clbchat.application.schedule.SchedulePlanningService planning;

    /** An operator marked "ondersteuner": the console links to the live board. */
    public boolean isSupporter() {
        return security.getCallerPrincipal() != null && planning.supporter(security.getCallerPrincipal().getName());
    }

    public String username() {
        return security.getCallerPrincipal() == null ? "" : security.getCallerPrincipal().getName();
    }

    public boolean isOperator() {
        return security.isCallerInRole(StaffRoles.OPERATOR);
    }
}
