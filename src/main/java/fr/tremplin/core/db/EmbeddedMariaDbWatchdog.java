package fr.tremplin.core.db;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Restarts the embedded {@code mariadbd} when it dies under the running application (killed, out of memory), on the
 * same port and folder, so the connection pool reconnects by itself. Checks every two seconds; after a failed restart
 * waits longer each time, up to a minute. Stops before the server is closed at shutdown.
 */
class EmbeddedMariaDbWatchdog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDbWatchdog.class);
    static final Duration PERIOD = Duration.ofSeconds(2);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

    private final EmbeddedMariaDb server;
    private ScheduledExecutorService executor;
    private Duration backoff = Duration.ZERO;
    private long nextAttempt = System.nanoTime();

    EmbeddedMariaDbWatchdog(EmbeddedMariaDb server) {
        this.server = server;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
                .name("embedded-mariadb-watchdog").factory());
        executor.scheduleWithFixedDelay(this::check, PERIOD.toMillis(), PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    private void check() {
        // nanoTime values are compared by their difference only: they may be negative.
        if (!server.hasDied() || System.nanoTime() - nextAttempt < 0) {
            return;
        }
        long started = System.nanoTime();
        log.warn("Embedded MariaDB on port {} has stopped unexpectedly: restarting it", server.port());
        try {
            server.restart();
            backoff = Duration.ZERO;
            log.info("Embedded MariaDB restarted on port {} ({} ms)", server.port(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            // Kept alive whatever happens: an exception would end the scheduled checks for good.
            backoff = backoff.isZero() ? PERIOD : min(backoff.multipliedBy(2), MAX_BACKOFF);
            nextAttempt = System.nanoTime() + backoff.toNanos();
            log.warn("Embedded MariaDB could not be restarted, next try in {} s: {}", backoff.toSeconds(),
                    e.getMessage());
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
