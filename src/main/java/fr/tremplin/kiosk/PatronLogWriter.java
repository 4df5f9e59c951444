package fr.tremplin.kiosk;

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
import org.springframework.stereotype.Component;

/**
 * Writes the anonymous kiosk log behind the patron's back: a kiosk's tap is answered without waiting for the
 * database, and a database that is slow, far away or briefly down never holds up a patron. One writer thread, so a
 * session's rows are written in the order they happened (its start before its choices, its events before its
 * end). The times are taken when things happen, not when they are written.
 *
 * <p>At shutdown the writer finishes what is queued. A write that fails is logged (what failed, never more than
 * the random session id) and dropped; so are writes beyond {@value #CAPACITY} waiting ones, counted in the log.
 */
@Component
class PatronLogWriter implements DisposableBean {

    static final int CAPACITY = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(PatronLogWriter.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(20);

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
    PatronLogWriter(DSLContext database) {
        Objects.requireNonNull(database);
    }

    /**
     * Queues a write.
     *
     * @param what names the write in the log if it fails (no patron data: codes and the random session id only)
     */
    void write(String what, Runnable write) {
        executor.execute(() -> {
            try {
                write.run();
            } catch (RuntimeException e) {
                LOG.warn("Kiosk log: {} was not written: {}", what, e.toString());
            }
        });
    }

    /** Waits until everything queued before this call is written (for the tests, and before reading the log). */
    void flush() {
        try {
            executor.submit(() -> { }).get(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
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
