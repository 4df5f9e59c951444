package fr.tremplin.kiosk;

import fr.tremplin.core.security.StaffAccess;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which registered kiosk PCs have a kiosk page open, for the desk: each node tells the database every minute which
 * of its pages are open (so a kiosk whose node died goes offline too), and the desk reads whether each kiosk is in
 * use (a patron session is open there), idle or offline. It never says what a patron chose.
 */
@Service
public class KioskPresence {

    /** A kiosk not seen for this long is offline. */
    static final Duration OFFLINE_AFTER = Duration.ofMinutes(3);
    /** A session open longer than this is one a dead node left behind, not a patron at the kiosk. */
    static final Duration LONGEST_SESSION = Duration.ofHours(4);
    private static final Logger log = LoggerFactory.getLogger(KioskPresence.class);

    private final KioskPresenceDao dao;
    private final StaffAccess access;
    private final Clock clock;
    /** Open kiosk pages on this node, by kiosk id: how many. */
    private final ConcurrentHashMap<Long, Integer> open = new ConcurrentHashMap<>();

    KioskPresence(KioskPresenceDao dao, StaffAccess access, Clock clock) {
        this.dao = dao;
        this.access = access;
        this.clock = clock;
    }

    public enum Status { IN_USE, IDLE, OFFLINE }

    /** A kiosk as the desk shows it. */
    public record KioskStatus(long id, String label, Status status, LocalDateTime lastSeen) {
    }

    /** A kiosk page opened on this node (registered kiosks only). */
    public void opened(long kioskId) {
        open.merge(kioskId, 1, Integer::sum);
    }

    public void closed(long kioskId) {
        open.computeIfPresent(kioskId, (id, count) -> count <= 1 ? null : count - 1);
    }

    @Scheduled(fixedDelay = 60_000, initialDelay = 5_000)
    void heartbeat() {
        Set<Long> ids = Set.copyOf(open.keySet());
        if (ids.isEmpty()) {
            return;
        }
        try {
            dao.seen(ids, LocalDateTime.now(clock));
        } catch (RuntimeException e) {
            log.debug("Kiosk heartbeat not written: {}", e.toString());
        }
    }

    /** The registered kiosks of a branch the current user sees, by label. */
    @Transactional(readOnly = true)
    public List<KioskStatus> statuses(String branchCode) {
        access.requireSees(branchCode);
        LocalDateTime now = LocalDateTime.now(clock);
        return dao.kiosks(branchCode, now.minus(LONGEST_SESSION)).stream().map(k -> new KioskStatus(k.id(),
                k.label(), k.lastSeen() == null || k.lastSeen().isBefore(now.minus(OFFLINE_AFTER)) ? Status.OFFLINE
                        : k.sessionOpen() ? Status.IN_USE : Status.IDLE, k.lastSeen())).toList();
    }
}
