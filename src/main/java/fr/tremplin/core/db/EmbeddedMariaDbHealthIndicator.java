package fr.tremplin.core.db;

import fr.tremplin.core.db.EmbeddedMariaDb.State;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code embeddedDb} in /actuator/health and in the readiness group: DOWN while the embedded {@code mariadbd} is
 * dead, frozen or being restarted, so a load balancer stops sending patrons here meanwhile. Answers from the process
 * state, without waiting on a connection.
 */
class EmbeddedMariaDbHealthIndicator implements HealthIndicator {

    private final EmbeddedMariaDb server;

    EmbeddedMariaDbHealthIndicator(EmbeddedMariaDb server) {
        this.server = server;
    }

    @Override
    public Health health() {
        State state = server.state();
        return (state == State.RUNNING ? Health.up() : Health.down())
                .withDetail("state", state.name().toLowerCase())
                .withDetail("port", server.port())
                .withDetail("restarts", server.restarts())
                .build();
    }
}
