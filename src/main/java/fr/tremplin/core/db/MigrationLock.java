package fr.tremplin.core.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One node migrates at a time (DESIGN.md, "Scaling out"). Flyway locks with GET_LOCK on a plain MariaDB but, on
 * Galera, with a row lock on its history table, which does not exist yet on an empty database: nodes started
 * together then both create the tables and fail. Tremplin takes a named lock of its own around the migration; with
 * every node writing to the same database node (the `sequential` URL, README "Running several nodes") the lock
 * holds across the DDL, and the nodes that waited find the schema up to date.
 */
@Configuration(proxyBeanMethods = false)
class MigrationLock {

    static final String LOCK = "tremplin.migration";
    static final int WAIT_SECONDS = 600;
    static final int STEP_SECONDS = 5;
    private static final Logger log = LoggerFactory.getLogger(MigrationLock.class);

    @Bean
    FlywayMigrationStrategy oneNodeAtATime(DataSource dataSource) {
        return flyway -> migrateUnderLock(dataSource, flyway);
    }

    static void migrateUnderLock(DataSource dataSource, Flyway flyway) {
        try (Connection lock = dataSource.getConnection()) {
            if (!take(lock)) {
                throw new IllegalStateException("Another node has been migrating the schema for over "
                        + WAIT_SECONDS + " s; not starting");
            }
            try {
                flyway.migrate();
            } finally {
                try (PreparedStatement release = lock.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                    release.setString(1, LOCK);
                    release.execute();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The schema migration lock could not be taken: " + e.getMessage(), e);
        }
    }

    /** Waits a few seconds at a time: a query silent for longer than the driver's socket timeout would fail. */
    private static boolean take(Connection lock) throws SQLException {
        long deadline = System.nanoTime() + WAIT_SECONDS * 1_000_000_000L;
        try (PreparedStatement take = lock.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            take.setString(1, LOCK);
            take.setInt(2, STEP_SECONDS);
            while (System.nanoTime() < deadline) {
                try (ResultSet result = take.executeQuery()) {
                    if (result.next() && result.getInt(1) == 1) {
                        return true;
                    }
                }
                log.info("Waiting for another node to finish migrating the schema");
            }
        }
        return false;
    }
}
