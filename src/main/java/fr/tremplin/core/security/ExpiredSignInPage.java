package fr.tremplin.core.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * A sign-in posted without the page's CSRF token is refused (403) before anything is checked or counted. A person
 * meets this only with a stale page (for instance a second tab after signing in in the first), so the answer
 * sends the browser back to a fresh login view that says so.
 */
class ExpiredSignInPage implements AccessDeniedHandler {

    private final String loginPath;

    ExpiredSignInPage(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        String target = request.getContextPath() + "/" + loginPath + "?expired";
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(("<!DOCTYPE html><html><head><meta http-equiv=\"refresh\" content=\"0; url="
                + target + "\"><title>Tremplin</title></head><body><a href=\"" + target
                + "\">Se connecter – Sign in</a></body></html>").getBytes(StandardCharsets.UTF_8));
    }
}
