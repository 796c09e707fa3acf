package no.kobling.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.kobling.identity.application.LoginMetrics;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends the user back to the login page with one answer for every failure: a wrong password, an unknown, disabled or
 * throttled user look the same, so the page tells nobody which usernames exist or are held back.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    private final LoginMetrics metrics;

    LoginFailureHandler(LoginMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        metrics.failed("password", exception instanceof BadCredentialsException ? "bad-credentials"
                : exception instanceof DisabledException ? "disabled" : "other");
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
