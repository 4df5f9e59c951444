package fr.tremplin.holdings;

import fr.tremplin.core.domain.ConfigurationChanged;
import fr.tremplin.core.live.LiveSignals;
import fr.tremplin.core.live.LiveTopics;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps this node's index in step with the database: built in the background once the application is ready, then
 * the holdings changed since the last sync on each "holdings" signal (from any node), the resources on each
 * catalogue change, and both every few minutes in case a signal was missed. One thread writes, in order.
 */
@Component
class SearchIndexSync {

    /** Covers imports whose transaction committed a little after the time they wrote in updated_at. */
    static final Duration LOOK_BACK = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(SearchIndexSync.class);

    private final SearchIndex index;
    private final SearchSourceDao dao;
    private final LiveSignals signals;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("search-index").daemon().factory());
    private final CountDownLatch built = new CountDownLatch(1);
    private final AtomicBoolean holdingsQueued = new AtomicBoolean();
    private final AtomicBoolean resourcesQueued = new AtomicBoolean();
    private LocalDateTime holdingsSyncedAt;
    private Map<String, String> libraryMapping = Map.of();

    SearchIndexSync(SearchIndex index, SearchSourceDao dao, LiveSignals signals) {
        this.index = index;
        this.dao = dao;
        this.signals = signals;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        signals.subscribe(LiveTopics.HOLDINGS, () -> queue(holdingsQueued, this::syncHoldings));
        writer.execute(() -> guarded("build", this::rebuild));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onConfigurationChanged(ConfigurationChanged event) {
        queue(resourcesQueued, this::syncResources);
    }

    @Scheduled(fixedDelayString = "${tremplin.search.safety-refresh:10m}", initialDelayString = "10m")
    void safetyRefresh() {
        writer.execute(() -> guarded("safety refresh", () -> {
            // A holding deleted outright (not retired) leaves no trace to sync from: the counts tell.
            if (holdingsSyncedAt != null && dao.liveHoldingCount() != index.holdingCount()) {
                rebuild();
            } else {
                catchUp();
            }
        }));
    }

    /** Waits for the first build, at most the given time: a search before it sees what is there. */
    boolean awaitBuilt(Duration timeout) {
        try {
            return built.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Brings resources and holdings up to date now, after any sync already under way. */
    void refresh() {
        runAndWait(this::catchUp);
    }

    /** Rebuilds the whole index from the database now. */
    void reindexAll() {
        runAndWait(this::rebuild);
    }

    private void rebuild() {
        LocalDateTime now = dao.now();
        long started = System.nanoTime();
        index.replaceResources(dao.resources(), dao.needTree());
        Map<String, String> mapping = dao.libraryMapping();
        index.replaceHoldings(dao.holdings());
        libraryMapping = mapping;
        holdingsSyncedAt = now;
        built.countDown();
        log.info("Search index built: {} holdings in {} ms", index.holdingCount(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private void catchUp() {
        if (holdingsSyncedAt == null) {
            rebuild();
            return;
        }
        syncResources();
        syncHoldings();
    }

    private void syncResources() {
        NeedTree before = index.needs();
        NeedTree tree = dao.needTree();
        index.replaceResources(dao.resources(), tree);
        if (!tree.equals(before) && holdingsSyncedAt != null) {
            index.replaceHoldings(dao.holdings());
        }
    }

    private void syncHoldings() {
        if (holdingsSyncedAt == null) {
            return;
        }
        LocalDateTime now = dao.now();
        index.putHoldings(dao.holdingsUpdatedSince(holdingsSyncedAt.minus(LOOK_BACK)));
        Map<String, String> mapping = dao.libraryMapping();
        Set<String> remapped = new HashSet<>();
        mapping.forEach((code, branch) -> {
            if (!branch.equals(libraryMapping.get(code))) {
                remapped.add(code);
            }
        });
        if (!remapped.isEmpty()) {
            index.putHoldings(dao.holdingsWithLibraryCodes(remapped));
        }
        libraryMapping = mapping;
        holdingsSyncedAt = now;
    }

    /** Signals that come in a burst make one sync, not one each. */
    private void queue(AtomicBoolean queued, Runnable sync) {
        if (queued.compareAndSet(false, true)) {
            writer.execute(() -> {
                queued.set(false);
                guarded("sync", sync);
            });
        }
    }

    private void runAndWait(Runnable task) {
        try {
            writer.submit(task).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("The search index could not be brought up to date", e.getCause());
        }
    }

    private void guarded(String what, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.warn("Search index {} failed; the next signal or refresh tries again", what, e);
        }
    }

    @PreDestroy
    void stop() {
        writer.shutdownNow();
    }
}
