package fr.tremplin.core.live;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the application nodes of one deployment watch each other (README, "Running several nodes").
 *
 * @param heartbeat how often a node writes that it is alive (default 15 s)
 * @param deadAfter how long a node may stay silent before the others take it for dead and close its patrons'
 *     sessions (default four beats, 60 s); it must outlast a few missed beats, such as a database failover
 * @param abandonedCheck how often every node looks for sessions a dead node left open (default 1 min)
 */
@ConfigurationProperties("tremplin.nodes")
public record NodeProperties(Duration heartbeat, Duration deadAfter, Duration abandonedCheck) {

    public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(15);

    public NodeProperties {
        heartbeat = heartbeat == null ? DEFAULT_HEARTBEAT : heartbeat;
        deadAfter = deadAfter == null ? heartbeat.multipliedBy(4) : deadAfter;
        abandonedCheck = abandonedCheck == null ? Duration.ofMinutes(1) : abandonedCheck;
        if (heartbeat.isNegative() || heartbeat.isZero() || abandonedCheck.isNegative() || abandonedCheck.isZero()) {
            throw new IllegalArgumentException("tremplin.nodes.heartbeat and tremplin.nodes.abandoned-check must be"
                    + " positive durations, not " + heartbeat + " and " + abandonedCheck);
        }
        if (deadAfter.compareTo(heartbeat.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("tremplin.nodes.dead-after (" + deadAfter + ") must be at least two"
                    + " heartbeats (" + heartbeat.multipliedBy(2) + "): a node late by one beat is not dead");
        }
    }
}
