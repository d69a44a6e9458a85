package be.clbchat.infrastructure.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Tells the {@link LoginClock} of every request made with a login. Both web modules map it (web.xml). */
public class LoginSeen extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private LoginClock logins;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            LoginKeys.of(request).ifPresent(logins::seen);
        }
        chain.doFilter(request, response);
    }
}
