package fr.tremplin.core.live;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * This application node: a name of its own for this run, and a heartbeat in the database, so that other nodes can
 * tell when it is gone (its open patron sessions are then closed for it).
 */
@Component
public class AppNode {

    private static final Logger log = LoggerFactory.getLogger(AppNode.class);

    private final long id;
    private final String name;
    private final AppNodeDao dao;
    private final Clock clock;
    private final LocalDateTime startedAt;
    private final Duration deadAfter;

    AppNode(AppNodeDao dao, Clock clock, NodeProperties settings) {
        byte[] bytes = new byte[6];
        new SecureRandom().nextBytes(bytes);
        this.name = HexFormat.of().formatHex(bytes);
        this.id = Long.parseLong(name, 16);
        this.dao = dao;
        this.clock = clock;
        this.startedAt = LocalDateTime.now(clock);
        this.deadAfter = settings.deadAfter();
    }

    /** Whether the node of that number is this one, or has written that it is alive within {@link #deadAfter()}. */
    public boolean isAlive(long nodeId) {
        return nodeId == id || dao.seenSince(nodeId, LocalDateTime.now(clock).minus(deadAfter));
    }

    /** A node silent for this long is taken for dead (tremplin.nodes.dead-after). */
    public Duration deadAfter() {
        return deadAfter;
    }

    /** The node's name in live signals: its number in hexadecimal. */
    public String name() {
        return name;
    }

    /** The node's number, as patron sessions and the heartbeat table record it. */
    public long id() {
        return id;
    }

    @Scheduled(fixedDelayString = "${tremplin.nodes.heartbeat:PT15S}", initialDelay = 0)
    void beat() {
        try {
            dao.seen(id, startedAt, LocalDateTime.now(clock));
        } catch (RuntimeException e) {
            log.debug("Node heartbeat not written: {}", e.toString());
        }
    }
}
