package fr.tremplin.workshop;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Tells the librarians where each seated kiosk is, behind the kiosks' backs. The steps shown are gathered for
 * {@link #GATHER} and written together: a "follow me" moves thirty kiosks at once, and their thirty steps become one
 * transaction and one signal per workshop instead of thirty of each, written after the screens are pushed rather
 * than while they are being built. Only a seat's latest step is written. A step is a display aid: one that cannot be
 * written is left to the next (logged at debug level).
 */
@Component
public class SeatSteps implements DisposableBean {

    static final Duration GATHER = Duration.ofMillis(200);
    private static final Logger log = LoggerFactory.getLogger(SeatSteps.class);

    private final WorkshopSeats seats;
    private final Map<Long, Shown> pending = new ConcurrentHashMap<>();
    private final AtomicBoolean writeComing = new AtomicBoolean();
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "seat-steps");
        thread.setDaemon(true);
        return thread;
    });

    SeatSteps(WorkshopSeats seats) {
        this.seats = seats;
    }

    private record Shown(SeatTicket seat, String step) {
    }

    /** The seat's kiosk now shows {@code step}; written within {@link #GATHER} or so. */
    public void shown(SeatTicket seat, String step) {
        pending.put(seat.seatId(), new Shown(seat, step));
        if (writeComing.compareAndSet(false, true)) {
            writer.schedule(this::write, GATHER.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void write() {
        writeComing.set(false);
        Map<SeatTicket, String> batch = new HashMap<>();
        for (Long seatId : pending.keySet()) {
            Shown shown = pending.remove(seatId);
            if (shown != null) {
                batch.put(shown.seat(), shown.step());
            }
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            seats.steps(batch);
        } catch (RuntimeException e) {
            log.debug("{} seat steps not written: {}", batch.size(), e.toString());
        }
    }

    @Override
    public void destroy() {
        writer.shutdownNow();
    }
}
