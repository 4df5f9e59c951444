package fr.tremplin.workshop;

import fr.tremplin.core.health.DatabaseAvailability;
import fr.tremplin.core.live.LiveSignals;
import fr.tremplin.core.live.LiveTopics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The workshops each branch's kiosks show on their start screen, kept per node: the start screen is where a kiosk
 * goes back to when the database is out of reach, so it must never wait for it. A branch's list is read once
 * (while the database answers), then again in the background when a workshop of the branch changes (its desk
 * signal) or when it is older than {@link #FRESH}; meanwhile the last list known is shown.
 */
@Component
public class KioskBoards {

    static final Duration FRESH = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(KioskBoards.class);

    private final WorkshopSeats seats;
    private final LiveSignals signals;
    private final DatabaseAvailability availability;
    private final Executor background;
    private final Map<String, Board> boards = new ConcurrentHashMap<>();

    KioskBoards(WorkshopSeats seats, LiveSignals signals, DatabaseAvailability availability,
            @Qualifier("applicationTaskExecutor") Executor background) {
        this.seats = seats;
        this.signals = signals;
        this.availability = availability;
        this.background = background;
    }

    private static final class Board {
        private volatile List<Workshop> workshops = List.of();
        private volatile long readAt;
        private final AtomicBoolean reading = new AtomicBoolean();
    }

    /** The branch's coming and open workshops, as last read; never waits for a database that does not answer. */
    public List<Workshop> coming(String branchCode) {
        Board board = boards.get(branchCode);
        if (board == null) {
            board = boards.computeIfAbsent(branchCode, code -> {
                Board created = new Board();
                signals.subscribe(LiveTopics.desk(code), () -> refresh(code, boards.get(code)));
                return created;
            });
            if (availability.isAvailable()) {
                read(branchCode, board);
            }
            return board.workshops;
        }
        if (System.nanoTime() - board.readAt > FRESH.toNanos()) {
            refresh(branchCode, board);
        }
        return board.workshops;
    }

    /** What a board shows of each workshop. */
    private static List<String> shown(List<Workshop> workshops) {
        return workshops.stream().map(w -> w.id() + w.title() + w.startsAt() + w.status() + w.language()).toList();
    }

    private void refresh(String branchCode, Board board) {
        if (board != null && board.reading.compareAndSet(false, true)) {
            background.execute(() -> {
                try {
                    read(branchCode, board);
                } finally {
                    board.reading.set(false);
                }
            });
        }
    }

    /** The topic a kiosk's start screen watches, on this node, to show a changed board. */
    public static String topic(String branchCode) {
        return "kiosk-board:" + branchCode;
    }

    private void read(String branchCode, Board board) {
        try {
            List<Workshop> read = seats.forKiosks(branchCode);
            boolean changed = !shown(read).equals(shown(board.workshops));
            board.workshops = read;
            board.readAt = System.nanoTime();
            if (changed) {
                signals.publishHere(topic(branchCode));
            }
        } catch (RuntimeException e) {
            if (!availability.reportFailure(e)) {
                log.warn("The workshops of {} could not be read: {}", branchCode, e.toString());
            }
        }
    }
}
