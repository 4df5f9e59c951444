package fr.tremplin.core.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the login view, saying why: too many tries (and how long to wait), or else, whatever the reason
 * (unknown user, wrong password, locked or disabled account), "wrong username or password".
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

    private final String loginPath;

    SignInFailureHandler(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String reason = exception instanceof SignInThrottledException throttled ? "wait=" + throttled.waitSeconds()
                : "error";
        response.sendRedirect(request.getContextPath() + "/" + loginPath + "?" + reason);
    }
}
