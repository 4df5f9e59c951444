package fr.tremplin.workshop;

import fr.tremplin.core.live.LiveSignals;
import fr.tremplin.core.live.LiveTopics;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes the workshops a librarian forgot to close: while a kiosk sits in a workshop its idle reset waits for the
 * close, so a workshop left open would keep its kiosks from the next patrons. Safe on every node at once: each
 * close only takes a workshop that is still open.
 */
@Component
class WorkshopUpkeep {

    /** No workshop runs longer than this after it was opened. */
    static final Duration LONGEST = Duration.ofHours(8);
    private static final Logger log = LoggerFactory.getLogger(WorkshopUpkeep.class);

    private final WorkshopDao workshops;
    private final LiveSignals signals;
    private final Clock clock;

    WorkshopUpkeep(WorkshopDao workshops, LiveSignals signals, Clock clock) {
        this.workshops = workshops;
        this.signals = signals;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = 600_000, initialDelay = 60_000)
    void closeForgotten() {
        try {
            closeOpenedBefore(LocalDateTime.now(clock).minus(LONGEST));
        } catch (RuntimeException e) {
            log.warn("Workshops left open could not be closed now: {}", e.toString());
        }
    }

    /** @return how many it closed */
    int closeOpenedBefore(LocalDateTime openedBefore) {
        int closed = 0;
        LocalDateTime now = LocalDateTime.now(clock);
        for (Workshop workshop : workshops.leftOpen(openedBefore)) {
            if (workshops.closeLeftOpen(workshop.id(), now)) {
                closed++;
                log.info("Workshop {} of {} was still open {} after it opened: closed", workshop.id(),
                        workshop.branchCode(), LONGEST);
                signals.publish(Workshops.topic(workshop.id()));
                signals.publish(LiveTopics.desk(workshop.branchCode()));
            }
        }
        return closed;
    }
}
