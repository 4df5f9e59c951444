package fr.tremplin.core.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a staff session after {@code timeout} without any action. Vaadin's heartbeats keep the HTTP session alive
 * as long as a tab is open, so they do not count as activity. Only signed-in staff are concerned: a patron kiosk
 * stays open all day and resets itself after its own idle timeout.
 */
class StaffSessionTimeoutFilter extends OncePerRequestFilter {

    static final String LAST_ACTIVITY = StaffSessionTimeoutFilter.class.getName() + ".lastActivity";

    private final Duration timeout;
    private final Clock clock;
    /** Spring Security's own strategy, not the static holder (which another context in the same JVM may replace). */
    private final SecurityContextHolderStrategy contexts;

    StaffSessionTimeoutFilter(Duration timeout, Clock clock, SecurityContextHolderStrategy contexts) {
        this.timeout = timeout;
        this.clock = clock;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = contexts.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.getPrincipal() instanceof StaffPrincipal) {
            long now = clock.millis();
            Object last = session.getAttribute(LAST_ACTIVITY);
            if (last instanceof Long lastActivity && now - lastActivity > timeout.toMillis()) {
                contexts.clearContext();
                session.invalidate();
            } else if (!isHeartbeat(request)) {
                session.setAttribute(LAST_ACTIVITY, now);
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isHeartbeat(HttpServletRequest request) {
        return "heartbeat".equals(request.getParameter("v-r"));
    }
}
