package fr.tremplin.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbTest {

    @Test
    void dataSurvivesARestart() throws SQLException {
        Path directory = Path.of("target", "restart-db");
        try (EmbeddedMariaDb server = EmbeddedMariaDb.start(directory, 0, "restart_test");
                Connection connection = connect(server);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE OR REPLACE TABLE kept (word VARCHAR(20))");
            statement.execute("INSERT INTO kept VALUES ('tremplin')");
        }

        try (EmbeddedMariaDb server = EmbeddedMariaDb.start(directory, 0, "restart_test");
                Connection connection = connect(server);
                ResultSet rows = connection.createStatement().executeQuery("SELECT word FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("tremplin");
        }
    }

    @Test
    void refusesADataDirectoryThatWouldBeDeletedAtExit() {
        Path underTmp = Path.of(System.getProperty("java.io.tmpdir"), "tremplin-data");
        assertThatThrownBy(() -> EmbeddedMariaDb.start(underTmp, 0, "tremplin"))
                .hasMessageContaining("is under java.io.tmpdir");
    }

    private static Connection connect(EmbeddedMariaDb server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl("restart_test"), "root", "");
    }
}
