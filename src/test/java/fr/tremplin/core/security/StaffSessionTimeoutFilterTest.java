package fr.tremplin.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class StaffSessionTimeoutFilterTest {

    private final MockHttpSession session = new MockHttpSession();
    private Instant now = Instant.parse("2026-01-05T09:00:00Z");

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aStaffSessionEndsAfterThirtyMinutesWithoutActionWhateverTheHeartbeats() throws Exception {
        request(false);
        now = now.plus(Duration.ofMinutes(20));
        request(true);
        now = now.plus(Duration.ofMinutes(10));
        request(true);
        assertThat(session.isInvalid()).isFalse();
        now = now.plus(Duration.ofMinutes(1)).plusSeconds(1);
        request(false);
        assertThat(session.isInvalid()).as("heartbeats are not activity: 31 minutes without action").isTrue();
        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void anActionKeepsTheSessionOpen() throws Exception {
        request(false);
        now = now.plus(Duration.ofMinutes(29));
        request(false);
        now = now.plus(Duration.ofMinutes(29));
        request(false);
        assertThat(session.isInvalid()).isFalse();
    }

    private void request(boolean heartbeat) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new StaffPrincipal(1, "alice", null), null, List.of()));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setSession(session);
        if (heartbeat) {
            request.setParameter("v-r", "heartbeat");
        }
        new StaffSessionTimeoutFilter(Duration.ofMinutes(30), Clock.fixed(now, ZoneOffset.UTC),
                SecurityContextHolder.getContextHolderStrategy())
                .doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }
}
