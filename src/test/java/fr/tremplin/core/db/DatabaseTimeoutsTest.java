package fr.tremplin.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import fr.tremplin.support.TremplinTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;

/** A database that is down or frozen never holds a patron's tap for long: the waits of the application's pool. */
@TremplinTest
class DatabaseTimeoutsTest {

    @Autowired
    DataSource dataSource;

    @Test
    void aQueryWaitsAtMostTenSecondsForAnAnswer() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getNetworkTimeout()).isEqualTo(10_000);
        }
    }

    /** A server that accepts the connection and then says nothing, as a frozen MariaDB does. */
    @Test
    @Timeout(20)
    void aConnectionToASilentServerFailsWithinSeconds() throws Exception {
        List<Socket> accepted = new CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"))) {
            Thread.ofVirtual().start(() -> acceptAndSayNothing(silent, accepted));
            HikariConfig config = new HikariConfig();
            ((HikariDataSource) dataSource).copyStateTo(config);
            config.setPoolName("silent");
            config.setJdbcUrl("jdbc:mariadb://127.0.0.1:" + silent.getLocalPort() + "/tremplin");
            config.setInitializationFailTimeout(-1);
            try (HikariDataSource pool = new HikariDataSource(config)) {
                long started = System.nanoTime();
                assertThatThrownBy(pool::getConnection).isInstanceOf(SQLException.class);
                // 3 s in application.yml; Hikari's default would be 30 s.
                assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isBetween(2_500L, 6_000L);
                // Hangs up, so that the pool does not wait for the attempt under way when it closes.
                silent.close();
                for (Socket socket : accepted) {
                    socket.close();
                }
            }
        }
    }

    private static void acceptAndSayNothing(ServerSocket server, List<Socket> accepted) {
        try {
            while (true) {
                accepted.add(server.accept());
            }
        } catch (IOException closed) {
            // The test is over.
        }
    }
}
