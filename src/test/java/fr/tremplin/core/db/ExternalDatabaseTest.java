package fr.tremplin.core.db;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.RESOURCE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.tremplin.config.KioskConfigLoader;
import fr.tremplin.support.TestNodes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With spring.datasource.url set, Tremplin uses that server and starts no MariaDB of its own. The "external"
 * server here is a second MariaDB started by the test, playing a library's database server.
 */
class ExternalDatabaseTest {


    private static final Path UNUSED_EMBEDDED_DIR = Path.of("target", "external-test-unused-embedded");
    private static EmbeddedMariaDb externalServer;

    @BeforeAll
    static void startExternalServer() {
        externalServer = EmbeddedMariaDb.start(Path.of("target", "external-db"), 0, "tremplin_external");
    }

    @AfterAll
    static void stopExternalServer() {
        externalServer.close();
    }

    @Test
    void migratesAndLoadsTheConfigurationIntoTheConfiguredServerAndSurvivesARestart() {
        try (ConfigurableApplicationContext app = start()) {
            assertThat(app.getBeansOfType(EmbeddedMariaDb.class)).as("no embedded server").isEmpty();
            DSLContext dsl = app.getBean(DSLContext.class);
            assertThat(dsl.fetchCount(BRANCH)).isEqualTo(6);
            assertThat(dsl.fetchCount(RESOURCE)).isGreaterThanOrEqualTo(30);
        }
        assertThat(Files.exists(UNUSED_EMBEDDED_DIR)).isFalse();

        try (ConfigurableApplicationContext restarted = start()) {
            KioskConfigLoader.LoadReport again = restarted.getBean(KioskConfigLoader.class)
                    .load(Path.of("kiosk-config"));
            assertThat(again.changedAnything()).as(again.toString()).isFalse();
            assertThat(restarted.getBean(DSLContext.class).fetchCount(BRANCH)).isEqualTo(6);
        }
    }

    private static ConfigurableApplicationContext start() {
        return TestNodes.start(externalServer.jdbcUrl("tremplin_external"), externalServer.credentials().user(),
                externalServer.credentials().password(), "--tremplin.embedded-db.directory=" + UNUSED_EMBEDDED_DIR);
    }
}
