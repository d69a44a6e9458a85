package be.clbchat.web.security;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A login form sent while its username (or its source) is locked: back to the login page, which says to wait. */
final class LoginLock {

    private static final String LOOKED = LoginLock.class.getName() + ".looked";

    private LoginLock() {
    }

    /**
     * Whether this is the first time this request's credentials are checked: the container may call the mechanism
     * more than once for one request, and one request is one attempt.
     */
    static boolean firstLook(HttpServletRequest request) {
        if (request.getAttribute(LOOKED) != null) {
            return false;
        }
        request.setAttribute(LOOKED, Boolean.TRUE);
        return true;
    }

    static AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response) {
        try {
            response.sendRedirect(request.getContextPath() + "/login.xhtml?fout=wacht");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
