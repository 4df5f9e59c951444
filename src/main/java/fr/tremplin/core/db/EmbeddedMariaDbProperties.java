package fr.tremplin.core.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded MariaDB keeps its binaries and data when no {@code spring.datasource.url} is set.
 *
 * @param directory holds {@code mariadb/} (the data, kept across restarts), the credentials and the lock; the server's
 *     binaries are unpacked once per machine (see MariaDbBinaries)
 * @param port TCP port on 127.0.0.1; 0 picks a free one at each start (then kept while the application runs)
 * @param database schema Tremplin creates and uses
 */
@ConfigurationProperties("tremplin.embedded-db")
public record EmbeddedMariaDbProperties(Path directory, int port, String database) {

    public EmbeddedMariaDbProperties {
        directory = directory == null ? Path.of("data") : directory;
        database = database == null || database.isBlank() ? "tremplin" : database;
    }
}
