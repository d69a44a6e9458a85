package be.clbchat.web.security;

import be.clbchat.infrastructure.security.Logouts;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** Ends the staff session. POST only, so that a link elsewhere cannot log someone out. */
@WebServlet("/uitloggen")
public class LogoutServlet extends HttpServlet {

    @Inject
    private Logouts logouts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        // The console's sockets of this login close with it (those of other logins of the same person do not).
        logouts.loggingOut(request);
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/login.xhtml?uitgelogd=1");
    }
}
