package fr.tremplin.workshop;

import fr.tremplin.core.live.LiveSignals;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The workshops this node's kiosks sit in, watched once per node: when a workshop's topic is signalled, its state
 * is read once and handed to every kiosk of this node that sits in it (thirty kiosks, one query).
 */
@Component
public class LiveWorkshops {

    private static final Logger log = LoggerFactory.getLogger(LiveWorkshops.class);

    private final LiveSignals signals;
    private final WorkshopDao workshops;
    private final Map<Long, Watch> watches = new ConcurrentHashMap<>();
    private final ExecutorService fanOut = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("workshop-kiosk-", 0).factory());

    /** From a workshop's signal reaching this node to a kiosk's new screen pushed (the time a kiosk's {@code
     * ui.access} takes when its session is free, which it nearly always is). */
    private final Timer reached;

    LiveWorkshops(LiveSignals signals, WorkshopDao workshops, MeterRegistry meters) {
        this.signals = signals;
        this.workshops = workshops;
        this.reached = Timer.builder(REACHED).description("From a workshop's change reaching this node to a kiosk's"
                + " screen pushed").publishPercentiles(0.5, 0.95).register(meters);
    }

    /** The name of the timer of kiosks reached after a workshop's change. */
    public static final String REACHED = "tremplin.workshop.kiosk.reached";

    private final class Watch {
        private final long workshopId;
        private final List<Consumer<Optional<Workshop>>> kiosks = new CopyOnWriteArrayList<>();
        private LiveSignals.Subscription subscription;

        Watch(long workshopId) {
            this.workshopId = workshopId;
        }

        /**
         * One read, then every kiosk at once, each on a virtual thread of its own (a kiosk's screen is built and
         * pushed under its own session's lock, so thirty of them need not wait for each other). A kiosk may get two
         * states out of order; it keeps the one with the higher version.
         */
        void changed() {
            long signalled = System.nanoTime();
            Optional<Workshop> now;
            try {
                now = workshops.find(workshopId);
            } catch (RuntimeException e) {
                log.warn("Workshop {} could not be read after a change: {}", workshopId, e.toString());
                return;
            }
            for (Consumer<Optional<Workshop>> kiosk : kiosks) {
                fanOut.execute(() -> {
                    kiosk.accept(now);
                    reached.record(System.nanoTime() - signalled, TimeUnit.NANOSECONDS);
                });
            }
        }
    }

    /**
     * Calls {@code onChange} with the workshop as it is after each change (empty if it is gone), on a background
     * thread; close the subscription when the kiosk leaves.
     */
    public LiveSignals.Subscription watch(long workshopId, Consumer<Optional<Workshop>> onChange) {
        Watch watch = watches.compute(workshopId, (id, existing) -> {
            Watch w = existing == null ? new Watch(id) : existing;
            w.kiosks.add(onChange);
            if (w.subscription == null) {
                w.subscription = signals.subscribe(Workshops.topic(id), w::changed);
            }
            return w;
        });
        return () -> watches.computeIfPresent(workshopId, (id, w) -> {
            w.kiosks.remove(onChange);
            if (w.kiosks.isEmpty()) {
                w.subscription.close();
                return null;
            }
            return w;
        });
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        fanOut.shutdown();
    }
}
