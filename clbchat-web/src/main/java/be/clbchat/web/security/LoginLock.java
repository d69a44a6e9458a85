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
     * Whether this request's credentials were refused unseen because of a lock: the container may call the mechanism
     * more than once for one request, and one request is one attempt — counted once, and locked throughout.
     * {@code null}: this is the first look.
     */
    static Boolean earlierLook(HttpServletRequest request) {
        return (Boolean) request.getAttribute(LOOKED);
    }

    static void looked(HttpServletRequest request, boolean locked) {
        request.setAttribute(LOOKED, locked);
    }

    static AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response) {
        looked(request, true);
        try {
            response.sendRedirect(request.getContextPath() + "/login.xhtml?fout=wacht");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
