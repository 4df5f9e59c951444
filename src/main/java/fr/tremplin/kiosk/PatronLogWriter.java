package fr.tremplin.kiosk;

import fr.tremplin.core.db.TransientRetry;
import fr.tremplin.core.health.DatabaseAvailability;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Writes the anonymous kiosk log behind the patron's back: a kiosk's tap is answered without waiting for the
 * database, and a database that is slow, far away or briefly down never holds up a patron. One writer thread, so a
 * session's rows are written in the order they happened (its start before its choices, its events before its
 * end). The times are taken when things happen, not when they are written.
 *
 * <p>While the database is out of reach, the writer keeps trying the oldest write (every second or so) and the
 * others wait behind it, in order: an outage of up to {@link #DEFAULT_MAX_OUTAGE} loses nothing. Past that, it
 * drops what it cannot write, naming each by its random session id only, and tries again with each new write.
 * A write that fails for another reason is logged the same way and dropped; so are writes beyond
 * {@value #CAPACITY} waiting ones, counted in the log. At shutdown the writer finishes what is queued.
 */
@Component
class PatronLogWriter implements DisposableBean {

    static final int CAPACITY = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(PatronLogWriter.class);
    static final Duration DEFAULT_MAX_OUTAGE = Duration.ofMinutes(5);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(20);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

    private final DatabaseAvailability availability;
    private final Duration maxOutage;
    private final Duration retryPause;
    /** When the current outage began (nanoTime), or null while the database answers; writer thread only. */
    private Long outageSince;

    private final AtomicLong dropped = new AtomicLong();
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(CAPACITY), runnable -> {
                Thread thread = new Thread(runnable, "patron-log-writer");
                thread.setDaemon(true);
                return thread;
            }, (runnable, pool) -> {
                if (!pool.isShutdown()) {
                    long count = dropped.incrementAndGet();
                    if (count == 1 || count % 1000 == 0) {
                        LOG.error("The kiosk log cannot keep up with the database: {} writes dropped so far", count);
                    }
                }
            });

    /**
     * @param database not used here, but it makes Spring shut this writer down (finishing the queue) before the
     *     database connections close
     */
    @Autowired
    PatronLogWriter(DSLContext database, DatabaseAvailability availability) {
        this(database, availability, DEFAULT_MAX_OUTAGE, RETRY_PAUSE);
    }

    PatronLogWriter(DSLContext database, DatabaseAvailability availability, Duration maxOutage, Duration retryPause) {
        Objects.requireNonNull(database);
        this.availability = availability;
        this.maxOutage = maxOutage;
        this.retryPause = retryPause;
    }

    /**
     * Queues a write.
     *
     * @param what names the write in the log if it fails (no patron data: codes and the random session id only)
     */
    void write(String what, Runnable write) {
        executor.execute(() -> writeOrGiveUp(what, write));
    }

    private void writeOrGiveUp(String what, Runnable write) {
        int conflicts = 0;
        while (true) {
            try {
                write.run();
                if (outageSince != null) {
                    LOG.info("Kiosk log: the database answers again; the writes kept meanwhile are written");
                    outageSince = null;
                }
                return;
            } catch (RuntimeException e) {
                // A deadlock or a Galera certification failure: the same write passes when tried again.
                if (TransientRetry.isConflict(e) && ++conflicts < TransientRetry.ATTEMPTS) {
                    if (!pause()) {
                        return;
                    }
                    continue;
                }
                if (!availability.reportFailure(e)) {
                    LOG.warn("Kiosk log: {} was not written: {}", what, e.toString());
                    return;
                }
                if (outageSince == null) {
                    outageSince = System.nanoTime();
                    LOG.warn("Kiosk log: the database is out of reach; writes wait up to {} for it", maxOutage);
                }
                if (System.nanoTime() - outageSince >= maxOutage.toNanos()) {
                    LOG.error("Kiosk log: {} was dropped: the database has been out of reach for over {}", what,
                            maxOutage);
                    return;
                }
                if (!pause()) {
                    LOG.error("Kiosk log: {} was dropped: shutting down while the database is out of reach", what);
                    return;
                }
            }
        }
    }

    /** Waits before trying again; false when the application is shutting down (the thread is interrupted). */
    private boolean pause() {
        try {
            Thread.sleep(retryPause);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits until everything queued before this call is written (for the tests, and before reading the log). */
    void flush() {
        flush(SHUTDOWN_WAIT);
    }

    /** Waits at most this long until everything queued before this call is written. */
    void flush(Duration atMost) {
        try {
            executor.submit(() -> { }).get(atMost.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The kiosk log writer is stuck", e);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS)) {
            LOG.warn("Kiosk log: {} writes were still queued at shutdown and are lost",
                    executor.shutdownNow().size());
        }
    }
}
