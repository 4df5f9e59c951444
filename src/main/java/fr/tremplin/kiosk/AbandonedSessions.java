package fr.tremplin.kiosk;

import fr.tremplin.core.live.AppNode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes the patron sessions a dead node left open (DESIGN.md, "Scaling out"): once their node has stopped beating
 * and the branch's idle timeout has passed, a session is ended as ABANDONED, as its own node would have done. Any
 * node may run it at any time, together with others: a session is closed once, by whichever comes first.
 */
@Component
class AbandonedSessions {

    /** A session with no node recorded (written before nodes were) is closed after this long. */
    static final Duration LONGEST_SESSION_WITHOUT_NODE = Duration.ofHours(4);
    private static final Logger log = LoggerFactory.getLogger(AbandonedSessions.class);

    private final AbandonedSessionsDao dao;
    private final AppNode node;
    private final Clock clock;

    AbandonedSessions(AbandonedSessionsDao dao, AppNode node, Clock clock) {
        this.dao = dao;
        this.node = node;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${tremplin.nodes.abandoned-check:PT1M}",
            initialDelayString = "${tremplin.nodes.abandoned-check:PT1M}")
    void scheduled() {
        try {
            close();
        } catch (RuntimeException e) {
            log.warn("Abandoned sessions not closed this time: {}", e.toString());
        }
    }

    /** @return how many sessions were closed */
    int close() {
        LocalDateTime now = LocalDateTime.now(clock);
        int closed = dao.closeOfDeadNodes(now, now.minus(node.deadAfter()),
                now.minus(LONGEST_SESSION_WITHOUT_NODE));
        if (closed > 0) {
            log.info("Closed {} patron sessions left open by a node that stopped", closed);
        }
        return closed;
    }
}
