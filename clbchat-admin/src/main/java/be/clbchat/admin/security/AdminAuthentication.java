package be.clbchat.admin.security;

import be.clbchat.application.staff.LoginGuard;
import be.clbchat.application.staff.StaffAccountService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The admin's form login, with the same brake on guessing as the operator console ({@link LoginGuard}): a locked
 * username or source goes back to the login page, which says to wait, without its password being looked at.
 */
@ApplicationScoped
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "/login.xhtml?fout=1", useForwardToLogin = false)
public class AdminAuthentication implements HttpAuthenticationMechanism {

    private static final String LOOKED = AdminAuthentication.class.getName() + ".looked";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private LoginGuard guard;

    @Inject
    private StaffAccountService accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (!"POST".equals(request.getMethod()) || !request.getRequestURI().endsWith("/j_security_check")
                || request.getParameter("j_username") == null || request.getParameter("j_password") == null) {
            return context.doNothing();
        }
        String username = request.getParameter("j_username");
        String source = guard.source(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
        // The container may call a mechanism more than once for one request: one request is one attempt, counted
        // once, and refused throughout when it was refused for a lock.
        Object earlier = request.getAttribute(LOOKED);
        if (Boolean.TRUE.equals(earlier)) {
            return AuthenticationStatus.SEND_CONTINUE;
        }
        boolean first = earlier == null;
        request.setAttribute(LOOKED, Boolean.FALSE);
        if (first && guard.mustWait(username, source).isPresent()) {
            request.setAttribute(LOOKED, Boolean.TRUE);
            try {
                response.sendRedirect(request.getContextPath() + "/login.xhtml?fout=wacht");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(username, request.getParameter("j_password")));
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            guard.succeeded(username);
            accounts.strengthenHash(username, request.getParameter("j_password"));
            context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
        } else if (first) {
            guard.failed(username, source);
        }
        return context.notifyContainerAboutLogin(result);
    }
}
