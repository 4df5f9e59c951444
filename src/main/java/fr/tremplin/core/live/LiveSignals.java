package fr.tremplin.core.live;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Wakes the screens that watch a topic ("workshop:12", "desk:CENTRE") when something they show has changed, on this
 * node at once and on every other node within a poll period. The state itself is always in the database: a signal
 * only says "read again". Across nodes it goes through the database too (no broker): each signal is a row that
 * every node polls; rows are short-lived.
 *
 * <p>A poll reads the signals created since the last one seen, minus a look-back that covers transactions that
 * commit later than their timestamp (or on another Galera node); ids already delivered are skipped.
 */
@Component
public class LiveSignals implements SmartLifecycle {

    static final Duration POLL_PERIOD = Duration.ofMillis(200);
    static final Duration LOOK_BACK = Duration.ofSeconds(3);
    static final Duration KEEP = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(LiveSignals.class);

    private final LiveSignalDao dao;
    private final String node;
    private final Map<String, List<Runnable>> listeners = new ConcurrentHashMap<>();
    private final Map<String, List<Runnable>> remoteListeners = new ConcurrentHashMap<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "live-signals");
        thread.setDaemon(true);
        return thread;
    });
    private final ExecutorService watchers = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("live-watcher-", 0).factory());
    /** Ids delivered within the look-back, oldest first; poller thread only. */
    private final Deque<LiveSignalDao.Signal> delivered = new ArrayDeque<>();
    private final Set<Long> deliveredIds = new HashSet<>();
    private LocalDateTime since;
    private LocalDateTime lastCleanup;
    private volatile boolean running;
    private boolean failing;

    LiveSignals(LiveSignalDao dao, AppNode appNode) {
        this.dao = dao;
        this.node = appNode.name();
    }

    /**
     * Says that what the topic's watchers show has changed: they are woken on this node now, and on the others at
     * their next poll. Call it after the change is committed.
     */
    public void publish(String topic) {
        try {
            dao.insert(topic, node);
        } catch (RuntimeException e) {
            // The watchers on this node still learn it; other nodes miss this one signal, not the state.
            log.warn("Could not record the signal {} for other nodes: {}", topic, e.toString());
        }
        deliver(topic);
    }

    /** Wakes this node's watchers of the topic only (a change that only this node's memory holds). */
    public void publishHere(String topic) {
        deliver(topic);
    }

    /**
     * Publishes once the current transaction has committed (watchers would otherwise read the state before the
     * change), or now when there is none; nothing when it rolls back.
     */
    public void publishAfterCommit(String topic) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            publish(topic);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                publish(topic);
            }
        });
    }

    /** Calls the listener (on a background thread) each time the topic is published; close to stop. */
    public Subscription subscribe(String topic, Runnable listener) {
        listeners.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(topic, (t, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    /**
     * Calls the listener each time another node publishes the topic (never for this node's own signals: the node
     * that made a change has acted on it already); close to stop.
     */
    public Subscription subscribeFromOtherNodes(String topic, Runnable listener) {
        remoteListeners.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> remoteListeners.computeIfPresent(topic, (t, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    /**
     * Each watcher on a virtual thread of its own: a watcher reads the database and pushes to its screen, and the
     * thread that published (a librarian's request, the poller) must not wait for thirty kiosks in a row.
     */
    private void deliver(String topic) {
        deliver(topic, listeners);
    }

    private void deliver(String topic, Map<String, List<Runnable>> watching) {
        List<Runnable> list = watching.get(topic);
        if (list == null) {
            return;
        }
        for (Runnable listener : list) {
            watchers.execute(() -> {
                try {
                    listener.run();
                } catch (RuntimeException e) {
                    log.warn("A watcher of {} failed", topic, e);
                }
            });
        }
    }

    void poll() {
        try {
            if (since == null) {
                since = dao.now();
                lastCleanup = since;
                return;
            }
            for (LiveSignalDao.Signal signal : dao.since(since.minus(LOOK_BACK))) {
                if (deliveredIds.add(signal.id())) {
                    delivered.addLast(signal);
                    if (signal.createdAt().isAfter(since)) {
                        since = signal.createdAt();
                    }
                    if (!signal.node().equals(node)) {
                        deliver(signal.topic());
                        deliver(signal.topic(), remoteListeners);
                    }
                }
            }
            LocalDateTime forget = since.minus(LOOK_BACK).minusSeconds(1);
            while (!delivered.isEmpty() && delivered.peekFirst().createdAt().isBefore(forget)) {
                deliveredIds.remove(delivered.removeFirst().id());
            }
            if (since.isAfter(lastCleanup.plusMinutes(1))) {
                lastCleanup = since;
                dao.deleteBefore(since.minus(KEEP));
            }
            if (failing) {
                failing = false;
                log.info("Live signals from other nodes are read again");
            }
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                log.warn("Live signals from other nodes cannot be read for now: {}", e.toString());
            }
        }
    }

    @Override
    public void start() {
        running = true;
        poller.scheduleWithFixedDelay(this::poll, 0, POLL_PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        poller.shutdownNow();
        watchers.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** A watch on a topic. */
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
