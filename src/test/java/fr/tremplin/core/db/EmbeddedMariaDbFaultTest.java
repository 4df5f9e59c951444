package fr.tremplin.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tremplin.support.ChildApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * Faults a library's server meets, on Tremplin running in JVMs of its own on one data folder: a second application
 * started on it, its MariaDB frozen then killed, the application itself killed with {@code kill -9}. One application
 * is reused across the cases (each start costs about ten seconds here), so they run in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class EmbeddedMariaDbFaultTest {

    private static final Path FOLDER = Path.of("target", "fault-db").toAbsolutePath();
    private static final Duration START = Duration.ofSeconds(120);

    private final List<ChildApplication> started = new ArrayList<>();
    private ChildApplication app;

    @BeforeAll
    void startTheApplication() throws InterruptedException {
        app = start("fault-app-first");
        app.awaitReadiness(status -> status == 200, "readiness UP", START);
    }

    @AfterAll
    void stopEverything() throws InterruptedException {
        for (ChildApplication child : started) {
            child.close();
        }
    }

    @Test
    @Order(1)
    @Timeout(90)
    void aSecondApplicationOnTheSameFolderStopsAtOnceWithOneClearLine() throws InterruptedException {
        long begin = System.nanoTime();
        ChildApplication second = start("fault-app-second");

        assertThat(second.process().waitFor(60, TimeUnit.SECONDS)).as("second application ended").isTrue();
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - begin);
        assertThat(second.process().exitValue()).isNotZero();
        String log = second.log();
        assertThat(log).contains("The embedded database could not start: data folder " + FOLDER
                + " is in use by process " + app.pid());
        assertThat(log).doesNotContain("\tat ", "Exception");
        assertThat(seconds).as("seconds to stop").isLessThan(30);
        assertThat(app.status("/actuator/health/readiness")).as("the first one still serves").isEqualTo(200);
    }

    @Test
    @Order(2)
    @Timeout(120)
    void itsMariaDbFrozenThenKilledMakesItUnreadyUntilTheWatchdogHasRestartedIt() throws Exception {
        ProcessHandle mariadbd = app.mariadbd().orElseThrow();

        signal("STOP", mariadbd.pid());
        app.awaitReadiness(status -> status == 503, "readiness DOWN while MariaDB is frozen", Duration.ofSeconds(30));
        mariadbd.destroyForcibly();
        app.awaitReadiness(status -> status == 200, "readiness UP again after the restart", Duration.ofSeconds(60));

        assertThat(app.mariadbd().orElseThrow().pid()).isNotEqualTo(mariadbd.pid());
        assertThat(app.log()).contains("has stopped unexpectedly: restarting it", "Embedded MariaDB restarted on port");
        assertThat(app.status("/kiosk/luneville")).isEqualTo(200);
    }

    @Test
    @Order(3)
    @Timeout(150)
    void afterKillMinus9TheNextStartStopsTheOrphanedMariaDbAndBecomesReadyByItself() throws Exception {
        ProcessHandle mariadbd = app.mariadbd().orElseThrow();
        app.process().destroyForcibly();
        assertThat(app.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(mariadbd.isAlive()).as("MariaDB outlives the killed application").isTrue();

        app = start("fault-app-after-kill");
        app.awaitReadiness(status -> status == 200, "readiness UP after the restart on the same folder", START);

        assertThat(MariaDbProcesses.waitForExit(mariadbd, Duration.ofSeconds(5))).as("orphan stopped").isTrue();
        assertThat(app.log()).contains("Stopping MariaDB process " + mariadbd.pid() + " left running on " + FOLDER);
        assertThat(app.status("/kiosk/luneville")).isEqualTo(200);
    }

    @Test
    @Order(4)
    void theDatabasePasswordIsInNoLog() throws IOException {
        DbCredentials credentials = DbCredentials.loadOrCreate(FOLDER);
        assertThat(started.getFirst().log()).as("MariaDB's whole console is in the log checked")
                .contains("ready for connections");
        for (ChildApplication child : started) {
            assertThat(child.log()).doesNotContain(credentials.password(), credentials.nativePasswordHash());
        }
        assertThat(Files.getPosixFilePermissions(FOLDER.resolve(DbCredentials.FILE_NAME)))
                .isEqualTo(DbCredentials.OWNER_ONLY);
    }

    private ChildApplication start(String name) {
        ChildApplication child = ChildApplication.start(name, "--tremplin.embedded-db.directory=" + FOLDER,
                // Everything the database side says, so a test can check what is (and is not) in the log.
                "--logging.level.fr.tremplin.core.db=debug");
        started.add(child);
        return child;
    }

    private static void signal(String signal, long pid) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0).as("kill -" + signal).isTrue();
    }
}
