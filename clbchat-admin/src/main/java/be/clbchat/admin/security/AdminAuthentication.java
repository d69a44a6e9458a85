package be.clbchat.admin.security;

import be.clbchat.application.staff.LoginGuard;
import be.clbchat.infrastructure.security.FormLogin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The admin's form login, the same as the operator console's ({@link FormLogin}, with its brake on guessing,
 * {@link LoginGuard}); the admin has no HTTP Basic.
 */
@ApplicationScoped
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "/login.xhtml?fout=1", useForwardToLogin = false)
public class AdminAuthentication implements HttpAuthenticationMechanism {

    @Inject
    private FormLogin formLogin;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        return FormLogin.isLoginFormPost(request) ? formLogin.validate(request, response, context)
                : context.doNothing();
    }
}
