package fr.tremplin.core.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a staff session once its account's password was set anew (on any node) or the account was disabled: the
 * request goes on signed out, so a staff screen sends it to the login view.
 */
class StaffSessionCheckFilter extends OncePerRequestFilter {

    private final StaffSessions sessions;

    StaffSessionCheckFilter(StaffSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && !sessions.currentHolds()) {
            sessions.signOutCurrent();
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // A concurrent request of the same page (a push connection, say) has just done it.
            }
        }
        chain.doFilter(request, response);
    }
}
