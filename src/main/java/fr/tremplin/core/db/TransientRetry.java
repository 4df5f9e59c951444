package fr.tremplin.core.db;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;

/**
 * Runs a whole transaction again when the database says it may succeed if tried again (DESIGN.md, "Scaling out"):
 * a deadlock or a Galera certification failure (SQLState 40001, error 1213), or a connection lost during a commit
 * that may or may not have landed (25S03, when a `sequential` URL fails over to the next node). Between tries it
 * waits a random while that grows each time ("full jitter"), so that nodes that met do not meet again. Before each
 * new try, and before giving up, it asks whether the last one landed after all, so that a commit is never done
 * twice nor reported failed when it happened.
 */
@Component
public class TransientRetry {

    /** Tries in all, the first included: with the pauses, enough to outlast a Galera node's eviction (5 s). */
    public static final int ATTEMPTS = 10;
    static final long BASE_MILLIS = 20;
    static final long CAP_MILLIS = 1_500;
    /** SQLState class 08: the connection failed (the driver then reconnects, to the next node of a failover URL). */
    private static final String CONNECTION_LOST = "08";
    /** A connection lost during a COMMIT: it may or may not have landed. */
    private static final String COMMIT_CUT = "25S03";
    private static final int DEADLOCK = 1213;
    private static final int LOCK_WAIT_TIMEOUT = 1205;
    private static final Logger log = LoggerFactory.getLogger(TransientRetry.class);
    /** How many runs the current thread is inside: work they call is tried again by them, not once more inside. */
    private static final ThreadLocal<Integer> RUNNING = ThreadLocal.withInitial(() -> 0);

    /**
     * @param what   names the work in the log (never its data)
     * @param landed asked before each new try: the result of an earlier try whose commit landed, if any
     */
    public <T> T run(String what, Supplier<T> attempt, Supplier<Optional<T>> landed) {
        return run(what, attempt, landed, failure -> false);
    }

    public <T> T run(String what, Supplier<T> attempt) {
        return run(what, attempt, Optional::empty);
    }

    /**
     * Also tries again on the failures {@code alsoAgain} accepts: start-up work that another node may be doing at
     * the same moment meets its rows as duplicate keys, and finds them in place on the next try.
     */
    public <T> T run(String what, Supplier<T> attempt, Predicate<Throwable> alsoAgain) {
        return run(what, attempt, Optional::empty, alsoAgain);
    }

    /**
     * For a save, a transaction of the application's transaction manager with no way to tell afterwards whether its
     * commit landed: tried again only when the failure proves nothing was committed, a conflict (the database rolled
     * it back) or any transient failure before the commit began ({@link CommitWatch} tells). A connection lost during
     * the commit is reported, never tried again: the save may be in.
     */
    public <T> T runSave(String what, Supplier<T> transaction) {
        try {
            return runWhile(what, transaction, Optional::empty,
                    failure -> isConflict(failure) || isTransient(failure) && !CommitWatch.commitStarted());
        } finally {
            CommitWatch.forget();
        }
    }

    /** Whether the current thread is inside a run: what it calls is tried again by that run. */
    public static boolean running() {
        return RUNNING.get() > 0;
    }

    private <T> T run(String what, Supplier<T> attempt, Supplier<Optional<T>> landed, Predicate<Throwable> alsoAgain) {
        return runWhile(what, attempt, landed, failure -> isTransient(failure) || alsoAgain.test(failure));
    }

    private <T> T runWhile(String what, Supplier<T> attempt, Supplier<Optional<T>> landed, Predicate<Throwable> again) {
        RUNNING.set(RUNNING.get() + 1);
        try {
            return tries(what, attempt, landed, again);
        } finally {
            RUNNING.set(RUNNING.get() - 1);
        }
    }

    private <T> T tries(String what, Supplier<T> attempt, Supplier<Optional<T>> landed, Predicate<Throwable> again) {
        for (int tried = 1; ; tried++) {
            try {
                return attempt.get();
            } catch (RuntimeException e) {
                if (!again.test(e)) {
                    throw e;
                }
                // Even after the last try: its commit may have landed, and then that is the answer.
                Optional<T> done = landed(what, tried, landed);
                if (done.isPresent()) {
                    return done.get();
                }
                if (tried == ATTEMPTS) {
                    log.warn("{} failed after {} tries: {}", what, tried, e.toString());
                    throw e;
                }
                log.debug("{}: try {} met a transient failure, trying again: {}", what, tried, e.toString());
            }
        }
    }

    /** Asks whether a try landed, after a pause; the question itself may meet the same failure, and is asked again. */
    private static <T> Optional<T> landed(String what, int tried, Supplier<Optional<T>> landed) {
        for (int asked = 1; ; asked++) {
            pause(tried + asked - 1);
            try {
                return landed.get();
            } catch (RuntimeException e) {
                if (!isTransient(e) || asked == ATTEMPTS) {
                    throw e;
                }
                log.debug("{}: could not tell yet whether try {} landed: {}", what, tried, e.toString());
            }
        }
    }

    /**
     * Whether the failure, or one of its causes, is a conflict with another transaction (a deadlock, a lock wait
     * timeout, a Galera certification failure) rather than the database being out of reach.
     */
    public static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PessimisticLockingFailureException) {
                return true;
            }
            if (cause instanceof SQLException sql && ("40001".equals(sql.getSQLState())
                    || sql.getErrorCode() == DEADLOCK || sql.getErrorCode() == LOCK_WAIT_TIMEOUT)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * Whether the failure, or one of its causes, is one a new try of the whole transaction may get past: a conflict,
     * or a connection lost (during a commit, or as a `sequential` URL moves to the next node).
     */
    public static boolean isTransient(Throwable failure) {
        if (isConflict(failure)) {
            return true;
        }
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof TransientDataAccessResourceException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith(CONNECTION_LOST) || COMMIT_CUT.equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int tried) {
        long ceiling = Math.min(CAP_MILLIS, BASE_MILLIS << Math.min(tried, 20));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to try again", e);
        }
    }
}
