package be.clbchat.admin.account;

import be.clbchat.application.staff.StaffAccountService;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Someone whose password was chosen by someone else (a new account, a reset) first chooses their own: every page
 * they open leads to the password page until they have. Checked once per session after it is done.
 */
@WebFilter("/*")
public class PasswordChangeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String CHECKED = "clbchat.password-ok";
    static final String PAGE = "/wachtwoord.xhtml";

    @Inject
    private StaffAccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getUserPrincipal() == null || !"GET".equals(request.getMethod()) || path.equals(PAGE)
                || path.startsWith("/jakarta.faces.resource/") || path.equals("/login.xhtml")) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CHECKED) != null) {
            chain.doFilter(request, response);
            return;
        }
        if (accounts.mustChangePassword(request.getUserPrincipal().getName())) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        if (session != null) {
            session.setAttribute(CHECKED, true);
        }
        chain.doFilter(request, response);
    }
}
