package fr.tremplin.core.health;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether the database answers, as this node last saw it. A screen that met an outage reports it here; from then
 * on a probe asks the database every {@link #PROBE_PERIOD} until it answers again, so that screens waiting for it
 * (the kiosk's "resting" screen) can poll this flag without ever blocking on the database themselves.
 */
@Component
public class DatabaseAvailability implements DisposableBean {

    static final Duration PROBE_PERIOD = Duration.ofSeconds(2);
    private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);
    private static final int PROBE_TIMEOUT_SECONDS = 2;

    private final DSLContext dsl;
    private final AtomicBoolean available = new AtomicBoolean(true);
    private final ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "database-availability-probe");
        thread.setDaemon(true);
        return thread;
    });

    DatabaseAvailability(DSLContext dsl) {
        this.dsl = dsl;
    }

    public boolean isAvailable() {
        return available.get();
    }

    /**
     * Tells that an operation failed. Returns true when the failure is the database being out of reach (then the
     * flag goes down until a probe succeeds); false for any other failure, which is the caller's to handle.
     */
    public boolean reportFailure(Throwable failure) {
        if (!isOutage(failure)) {
            return false;
        }
        if (available.compareAndSet(true, false)) {
            log.warn("The database is out of reach ({}); kiosks show that Tremplin is resting until it answers",
                    rootMessage(failure));
            probe.schedule(this::probe, PROBE_PERIOD.toMillis(), TimeUnit.MILLISECONDS);
        }
        return true;
    }

    /** Whether a failure (anywhere in its causes) says that the database cannot be reached or does not answer. */
    public static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof SQLTimeoutException
                    || t instanceof SocketTimeoutException || t instanceof ConnectException
                    || t instanceof DataAccessResourceFailureException || t instanceof QueryTimeoutException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof CannotCreateTransactionException) {
                return true;
            }
        }
        return false;
    }

    private void probe() {
        try {
            dsl.query("SELECT 1").queryTimeout(PROBE_TIMEOUT_SECONDS).execute();
            available.set(true);
            log.info("The database answers again");
        } catch (RuntimeException e) {
            probe.schedule(this::probe, PROBE_PERIOD.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    @Override
    public void destroy() {
        probe.shutdownNow();
    }
}
