package be.clbchat.web.security;

import be.clbchat.application.staff.LoginGuard;
import be.clbchat.application.staff.StaffAccountService;
import be.clbchat.domain.staff.StaffAccount;
import be.clbchat.infrastructure.security.FormLogin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * How staff log in to this module: the login form for people (operator console, and the API from a logged-in
 * browser; the login is kept in the session), and HTTP Basic for programs calling the staff API under /api/ (checked
 * on every call, no session). Both check the same database identity store.
 * The redirect to the login page and back is Jakarta Security's {@link LoginToContinue}.
 */
@ApplicationScoped
// Without it every other request of a logged-in person was sent to the login page again: the container remembers the
// login (registerSession), but only applies it to later requests when the mechanism says so.
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "/login.xhtml?fout=1", useForwardToLogin = false)
public class StaffAuthentication implements HttpAuthenticationMechanism {

    /** The realm named in a Basic challenge. */
    public static final String REALM = "CLBch@t";
    private static final String BASIC = "Basic ";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private LoginGuard guard;

    @Inject
    private StaffAccountService accounts;

    @Inject
    private FormLogin formLogin;

    private final VerifiedCredentials verified = new VerifiedCredentials();

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (api && authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            // Checked on every call and never kept in a session: a program sends its credentials each time.
            UsernamePasswordCredential credential = basicCredential(authorization.substring(BASIC.length()));
            String username = credential == null ? "" : credential.getCaller();
            String source = guard.source(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
            Boolean earlier = FormLogin.earlierLook(request); // the container may ask twice per request
            if (Boolean.TRUE.equals(earlier)) {
                return AuthenticationStatus.SEND_CONTINUE; // refused already: the 429 was sent
            }
            boolean first = earlier == null;
            Optional<Duration> wait = first ? guard.mustWait(username, source) : Optional.empty();
            if (wait.isPresent()) {
                FormLogin.looked(request, true);
                return tooManyAttempts(response, wait.get());
            }
            FormLogin.looked(request, false);
            if (credential != null) {
                Optional<CredentialValidationResult> known = verified.find(username,
                        credential.getPasswordAsString(), System.nanoTime());
                if (known.isPresent() && accounts.account(username).filter(StaffAccount::isActive).isPresent()) {
                    return context.notifyContainerAboutLogin(known.get());
                }
                known.ifPresent(gone -> verified.forget(username, credential.getPasswordAsString()));
            }
            CredentialValidationResult result = credential == null
                    ? CredentialValidationResult.INVALID_RESULT : identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                guard.succeeded(username);
                accounts.strengthenHash(username, credential.getPasswordAsString());
                verified.remember(username, credential.getPasswordAsString(), result, System.nanoTime());
                return context.notifyContainerAboutLogin(result);
            }
            if (first) {
                guard.failed(username, source);
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            return context.responseUnauthorized();
        }
        if (FormLogin.isLoginFormPost(request)) {
            return formLogin.validate(request, response, context);
        }
        return context.doNothing();
    }

    /** 429 with the wait and a JSON body, as every API error; the password was not looked at. */
    private static AuthenticationStatus tooManyAttempts(HttpServletResponse response, Duration wait) {
        try {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder().add("error", "too-many-attempts")
                    .add("message", LoginGuard.LOCKED).build().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static UsernamePasswordCredential basicCredential(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded.strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null
                    : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
