package fr.tremplin.core.db;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.RESOURCE;
import static fr.tremplin.core.db.jooq.Tables.STAFF_USER;
import static org.assertj.core.api.Assertions.assertThat;

import fr.tremplin.support.TestNodes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Two application nodes started at the same moment on an empty database both come up, with one schema history,
 * the configuration loaded once and one first admin (issue "Scale out for real", item 1, on one MariaDB server:
 * the Galera case needs the cluster test).
 */
class ConcurrentColdStartTest {


    private static final Path FOLDER = Path.of("target", "cold-start-db");
    private static EmbeddedMariaDb server;

    @BeforeAll
    static void emptyServer() throws IOException {
        FileSystemUtils.deleteRecursively(FOLDER);
        server = EmbeddedMariaDb.start(FOLDER, 0, "tremplin_cold");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void twoNodesStartingTogetherOnAnEmptyDatabaseBothComeUpWithOneOfEverything() throws Exception {
        List<ConfigurableApplicationContext> nodes = TestNodes.startTogether(2, ConcurrentColdStartTest::start);
        try (ConfigurableApplicationContext one = nodes.get(0); ConfigurableApplicationContext two = nodes.get(1)) {
            DSLContext dsl = one.getBean(DSLContext.class);
            assertThat(dsl.fetchOne("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0").get(0, Long.class))
                    .as("no failed migration").isZero();
            assertThat(dsl.fetchOne("SELECT COUNT(*) - COUNT(DISTINCT version) FROM flyway_schema_history"
                    + " WHERE version IS NOT NULL").get(0, Long.class)).as("each migration once").isZero();
            assertThat(dsl.fetchCount(STAFF_USER)).as("one first admin").isEqualTo(1);
            assertThat(dsl.fetchCount(BRANCH)).isEqualTo(6);
            assertThat(dsl.fetchCount(RESOURCE)).isGreaterThanOrEqualTo(30);
            assertThat(two.getBean(DSLContext.class).fetchCount(BRANCH)).isEqualTo(6);
        }
    }

    private static ConfigurableApplicationContext start() {
        return TestNodes.start(server.jdbcUrl("tremplin_cold"), server.credentials().user(),
                server.credentials().password(), "--tremplin.embedded-db.directory=target/cold-start-unused-embedded");
    }
}
