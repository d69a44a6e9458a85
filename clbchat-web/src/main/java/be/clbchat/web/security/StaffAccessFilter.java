package be.clbchat.web.security;

import be.clbchat.application.staff.StaffAccountService;
import be.clbchat.domain.staff.StaffAccount;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * What a login session may not outlive: a deactivated account is logged out at its next request (its sockets are
 * closed when it is deactivated); and someone with a one-time password opening the console is sent to choose their
 * own first (on the admin's password page).
 */
@WebFilter({"/operator/*", "/api/*"})
public class StaffAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PASSWORD_PAGE = "/admin/wachtwoord.xhtml";

    @Inject
    private StaffAccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<StaffAccount> account = accounts.account(request.getUserPrincipal().getName());
        if (account.isEmpty() || !account.get().isActive()) {
            request.logout();
            if (request.getSession(false) != null) {
                request.getSession(false).invalidate();
            }
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (account.get().mustChangePassword() && path.startsWith("/operator/") && "GET".equals(request.getMethod())) {
            response.sendRedirect(PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
