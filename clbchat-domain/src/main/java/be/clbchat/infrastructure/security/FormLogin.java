package be.clbchat.infrastructure.security;

import be.clbchat.application.staff.LoginGuard;
import be.clbchat.application.staff.StaffAccountService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The staff login form ({@code j_security_check}) as both web modules' authentication mechanisms handle it, with the
 * brake on guessing ({@link LoginGuard}): a locked username or source goes back to the login page, which says to
 * wait, without its password being looked at; a right password strengthens a weak hash and registers the login for
 * the session. The container may call a mechanism more than once for one request: one request is one attempt,
 * counted once, and refused throughout when it was refused for a lock ({@link #earlierLook}).
 */
@ApplicationScoped
public class FormLogin {

    private static final String LOOKED = FormLogin.class.getName() + ".looked";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private LoginGuard guard;

    @Inject
    private StaffAccountService accounts;

    /** Whether this request is a login form sent to the container. */
    public static boolean isLoginFormPost(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && request.getRequestURI().endsWith("/j_security_check")
                && request.getParameter("j_username") != null
                && request.getParameter("j_password") != null;
    }

    /** Checks a login form ({@link #isLoginFormPost}); the login page of the module is {@code /login.xhtml}. */
    public AuthenticationStatus validate(HttpServletRequest request, HttpServletResponse response,
                                         HttpMessageContext context) {
        String username = request.getParameter("j_username");
        String source = guard.source(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
        Boolean earlier = earlierLook(request);
        if (Boolean.TRUE.equals(earlier)) {
            return AuthenticationStatus.SEND_CONTINUE; // refused already: sent to the login page
        }
        boolean first = earlier == null;
        if (first && guard.mustWait(username, source).isPresent()) {
            looked(request, true);
            try {
                response.sendRedirect(request.getContextPath() + "/login.xhtml?fout=wacht");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        looked(request, false);
        CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(
                username, request.getParameter("j_password")));
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            guard.succeeded(username);
            accounts.strengthenHash(username, request.getParameter("j_password"));
            if (request.getSession(false) != null) {
                // A new session id at login: one known before it (planted, say) opens nothing after it.
                request.changeSessionId();
            }
            // A person who logged in with the form stays logged in for the session.
            context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
        } else if (first) {
            guard.failed(username, source);
        }
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * Whether this request's credentials were already looked at: {@code null} on the first look, {@code true} when
     * they were refused unseen for a lock (the answer was sent), {@code false} otherwise.
     */
    public static Boolean earlierLook(HttpServletRequest request) {
        return (Boolean) request.getAttribute(LOOKED);
    }

    public static void looked(HttpServletRequest request, boolean locked) {
        request.setAttribute(LOOKED, locked);
    }
}
