package be.clbchat.web.security;

import be.clbchat.web.chat.ChatHub;
import be.clbchat.web.chat.LoginKeys;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** Ends the staff session. POST only, so that a link elsewhere cannot log someone out. */
@WebServlet("/uitloggen")
public class LogoutServlet extends HttpServlet {

    @Inject
    private ChatHub hub;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        // The console's sockets of this login close with it (those of other logins of the same person do not).
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (LoginKeys.COOKIE.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
                    hub.loggedOut(LoginKeys.of(cookie.getValue()));
                }
            }
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/login.xhtml?uitgelogd=1");
    }
}
