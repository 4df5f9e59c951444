package fr.tremplin.credential;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.tremplin.core.db.jooq.Tables.APP_NODE;
import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.CREDENTIAL;
import static fr.tremplin.core.db.jooq.Tables.PATRON_SESSION;
import static fr.tremplin.core.db.jooq.Tables.STAFF_USER;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import fr.tremplin.catalogue.CatalogueService;
import fr.tremplin.catalogue.OfferAdminService;
import fr.tremplin.catalogue.ResourceCard;
import fr.tremplin.core.db.EmbeddedMariaDb;
import fr.tremplin.core.db.jooq.enums.CredentialState;
import fr.tremplin.core.db.jooq.enums.PatronSessionEndReason;
import fr.tremplin.core.domain.AccessMode;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.live.AppNode;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.support.Balancer;
import fr.tremplin.support.ChildApplication;
import fr.tremplin.support.StaffFixtures;
import fr.tremplin.support.TestNodes;
import fr.tremplin.workshop.LeadTarget;
import fr.tremplin.workshop.WorkshopPlan;
import fr.tremplin.workshop.Workshops;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Application nodes on a three-node MariaDB Galera cluster on 127.0.0.1 (src/test/cluster/galera.sh, Debian's
 * mariadb-server and galera-4), through the one-writer URL: a concurrent cold start, credentials taken from both
 * nodes at once with none doubled or lost, the same while the Galera node being written to is killed, a staff change
 * seen on the other node; then a third node in a JVM of its own, HAProxy in front of it and of the second (the
 * repository's sample configuration), a patron journey through the balancer, and the third node killed with
 * {@code kill -9} under its kiosks. Part of the suite wherever the packages exist (.ci/run installs them), skipped
 * elsewhere; it prints its figures.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GaleraClusterTest {

    /** The README's URL: one writer with failover, and reads that wait for what the cluster already committed. */
    private static final String URL = "jdbc:mariadb:sequential://127.0.0.1:13306,127.0.0.1:13307,127.0.0.1:13308"
            + "/tremplin?sessionVariables=wsrep_sync_wait=7";
    private static final String SURVIVOR = "survivor";
    private static final String DOOMED = "doomed";
    private static final String USER = "tremplin";
    private static final String PASSWORD = "cluster-test-password";
    private static final String SCRIPT = "src/test/cluster/galera.sh";
    private static final String UNUSED_EMBEDDED = "--tremplin.embedded-db.directory=target/cluster-unused-embedded";
    private static final String NO_FAIR_USE_LIMIT = "--tremplin.credentials.per-kiosk-per-hour=1000000";
    /** Nodes notice a dead one within seconds here (the defaults take a minute). */
    private static final String[] SETTINGS = {UNUSED_EMBEDDED, NO_FAIR_USE_LIMIT, "--tremplin.nodes.heartbeat=1s",
        "--tremplin.nodes.dead-after=5s", "--tremplin.nodes.abandoned-check=2s"};
    private static ConfigurableApplicationContext one;
    private static ConfigurableApplicationContext two;
    /** The node that dies: a JVM of its own, behind the balancer with {@link #two}. */
    private static ChildApplication three;
    private static Balancer balancer;

    @BeforeAll
    static void clusterAndTwoNodesStartedTogether() throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("/usr/lib/galera/libgalera_smm.so"))
                && Files.isExecutable(Path.of("/usr/sbin/mariadbd")) && Files.isExecutable(Path.of("/usr/bin/rsync")),
                "no Galera here (apt-get install mariadb-server galera-4 rsync): the cluster test is skipped");
        galera("start");
        long start = System.nanoTime();
        List<ConfigurableApplicationContext> nodes = TestNodes.startTogether(2,
                () -> TestNodes.start(URL, USER, PASSWORD, SETTINGS));
        one = nodes.get(0);
        two = nodes.get(1);
        System.out.printf("%nGalera cluster: two app nodes started together in %.1f s%n",
                (System.nanoTime() - start) / 1e9);
    }

    @AfterAll
    static void stop() throws Exception {
        if (balancer != null) {
            balancer.close();
        }
        if (three != null) {
            three.close();
        }
        if (one != null) {
            one.close();
        }
        if (two != null) {
            two.close();
        }
        if (Files.exists(Path.of("target", "galera"))) {
            galera("stop");
        }
    }

    @Test
    @Order(1)
    void theColdStartLeftOneSchemaHistoryOneConfigurationAndOneAdmin() {
        DSLContext dsl = one.getBean(DSLContext.class);
        assertThat(dsl.fetchOne("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0").get(0, Long.class))
                .isZero();
        assertThat(dsl.fetchOne("SELECT COUNT(*) - COUNT(DISTINCT version) FROM flyway_schema_history"
                + " WHERE version IS NOT NULL").get(0, Long.class)).isZero();
        assertThat(dsl.fetchCount(STAFF_USER)).isEqualTo(1);
        assertThat(dsl.fetchCount(BRANCH)).isEqualTo(6);
    }

    @Test
    @Order(2)
    void credentialsTakenFromBothNodesAreNeitherDoubledNorLost() throws Exception {
        PoolFixture pool = pool(4_000);
        ClusterIssuance.Result result = ClusterIssuance.take(List.of(one, two), pool, 200, null);
        System.out.printf("  credentials from both nodes: %d taken in %.2f s (%.0f/s), %d refused, %d failures%n",
                result.taken().size(), result.seconds(), result.taken().size() / result.seconds(),
                result.refused().get(), result.failures().get());
        assertThat(result.failures()).hasValue(0);
        assertThat(result.taken()).hasSize(2 * ClusterIssuance.WORKERS_PER_NODE * 200);
        assertThat(issued(pool)).isEqualTo(result.taken().size());
    }

    @Test
    @Order(3)
    void killingTheGaleraNodeBeingWrittenToLosesAndDoublesNothing() throws Exception {
        PoolFixture pool = pool(4_000);
        AtomicLong killedAt = new AtomicLong();
        ClusterIssuance.Result result = ClusterIssuance.take(List.of(one, two), pool, 150, () -> {
            killedAt.set(System.nanoTime());
            galera("kill", "1");
        });
        System.out.printf("  writer node killed during issuance: %d taken, %d failed takes, longest pause in"
                + " issuance after the kill %.2f s%n", result.taken().size(), result.failures().get(),
                result.longestPauseAfter(killedAt.get()) / 1e9);
        assertThat(issued(pool)).as("every credential marked issued was handed to a patron, none twice")
                .isEqualTo(result.taken().size());
        assertThat(result.longestPauseAfter(killedAt.get())).as("service back within seconds")
                .isLessThan(10_000_000_000L);
        galera("start-node", "1");
    }

    @Test
    @Order(4)
    void anOfferSwitchedOffOnOneNodeLeavesTheOthersKiosksWithinFiveSeconds() throws Exception {
        StaffFixtures staff = new StaffFixtures(one.getBean(DSLContext.class));
        StaffFixtures.signIn(staff.create("cluster-longwy", StaffRole.BRANCH_ADMIN, "longwy"));
        CatalogueService other = two.getBean(CatalogueService.class);
        assertThat(driving(other)).contains("CODECLIC");
        OfferAdminService offers = one.getBean(OfferAdminService.class);
        int version = offers.offers("longwy", Language.FR).stream()
                .filter(line -> line.resourceCode().equals("CODECLIC")).findFirst().orElseThrow().version();
        offers.setEnabled("longwy", "CODECLIC", false, version);
        long start = System.nanoTime();
        while (driving(other).contains("CODECLIC") && System.nanoTime() - start < 10_000_000_000L) {
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("  an offer switched off on node 1 left node 2's kiosks after %.2f s%n", seconds);
        assertThat(seconds).isLessThan(5);
    }

    @Test
    @Order(5)
    void theSameIssuanceOnAnEmbeddedSingleServerForComparison() throws Exception {
        Path folder = Path.of("target", "cluster-compare-db");
        FileSystemUtils.deleteRecursively(folder);
        try (EmbeddedMariaDb server = EmbeddedMariaDb.start(folder, 0, "tremplin_compare");
                ConfigurableApplicationContext single = TestNodes.start(server.jdbcUrl("tremplin_compare"),
                        server.credentials().user(), server.credentials().password(), UNUSED_EMBEDDED,
                        NO_FAIR_USE_LIMIT)) {
            PoolFixture pool = PoolFixture.create(single.getBean(DSLContext.class), single.getBean(PoolDao.class),
                    single.getBean(CredentialSealer.class), AccessMode.POOL_CODE, PoolSettings.DEFAULT);
            pool.fill(4_000, LocalDate.now().plusYears(1));
            ClusterIssuance.Result result = ClusterIssuance.take(List.of(single, single), pool, 200, null);
            System.out.printf("  the same on the embedded single server: %d taken in %.2f s (%.0f/s)%n",
                    result.taken().size(), result.seconds(), result.taken().size() / result.seconds());
            assertThat(result.taken()).hasSize(2 * ClusterIssuance.WORKERS_PER_NODE * 200);
        }
    }

    @Test
    @Order(6)
    void aPatronJourneyGoesThroughTheBalancerToEitherNode() throws Exception {
        behindTheBalancer();
        Set<String> served = new HashSet<>();
        for (int i = 0; i < 4 && served.size() < 2; i++) {
            try (BrowserContext kiosk = BalancedKiosk.context(null)) {
                Page page = kiosk.newPage();
                BalancedKiosk.open(page, balancer.url("/kiosk/luneville"));
                for (String id : List.of("lang-fr", "need-JOB", "subneed-JOB_CV", "level-B1", "constraints-skip",
                        "resource-card-FRANCE_TRAVAIL_MOOC_CV_INTERVIEW")) {
                    BalancedKiosk.tap(page, id);
                }
                assertThat(page.locator("#resource-why")).isVisible();
                served.add(BalancedKiosk.node(kiosk));
            }
        }
        assertThat(served).as("the balancer shares new kiosks between the nodes").containsExactlyInAnyOrder(
                SURVIVOR, DOOMED);
    }

    @Test
    @Order(7)
    void killingAnAppNodeSendsItsKiosksToTheOtherAndClosesItsSessionsWhileAWorkshopGoesOn() throws Exception {
        behindTheBalancer();
        DSLContext dsl = two.getBean(DSLContext.class);
        StaffFixtures staff = new StaffFixtures(dsl);
        StaffFixtures.signIn(staff.create("cluster-frouard", StaffRole.LIBRARIAN, "frouard"));
        Workshops workshops = two.getBean(Workshops.class);
        long workshop = workshops.plan(new WorkshopPlan("frouard", "Atelier qui survit", null, List.of(),
                LocalDateTime.now().plusHours(1), 5, Language.FR, null));
        String code = workshops.open(workshop);
        try (BrowserContext seatedKiosk = BalancedKiosk.context(DOOMED);
                BrowserContext browsingKiosk = BalancedKiosk.context(DOOMED)) {
            Page seated = seatedKiosk.newPage();
            BalancedKiosk.open(seated, balancer.url("/kiosk/frouard?workshop=" + code));
            assertThat(seated.locator("#workshop-seat-number")).containsText("1");
            Page browsing = browsingKiosk.newPage();
            BalancedKiosk.open(browsing, balancer.url("/kiosk/frouard"));
            BalancedKiosk.tap(browsing, "lang-fr");
            assertThat(browsing.locator("#need-screen")).isVisible();
            assertThat(BalancedKiosk.node(seatedKiosk)).isEqualTo(DOOMED);
            long doomedNode = dsl.select(APP_NODE.ID).from(APP_NODE).where(APP_NODE.ID.notIn(
                    one.getBean(AppNode.class).id(), two.getBean(AppNode.class).id())).fetchSingle().value1();
            assertThat(openSessions(dsl, doomedNode)).as("the seated kiosk's session is stored").isPositive();
            // The shortest idle timeout a branch may have, so its sessions can be closed during the test.
            dsl.update(BRANCH).set(BRANCH.IDLE_TIMEOUT_SECONDS, 30).where(BRANCH.CODE.eq("frouard")).execute();
            BalancedKiosk.markPages(seated, browsing);

            long killedAt = System.nanoTime();
            three.kill();
            BalancedKiosk.awaitReload(browsing, "#language-screen");
            double failover = (System.nanoTime() - killedAt) / 1e9;
            assertThat(BalancedKiosk.node(browsingKiosk)).as("now served by the survivor").isEqualTo(SURVIVOR);
            BalancedKiosk.tap(browsing, "lang-fr");
            assertThat(browsing.locator("#need-screen")).isVisible();

            BalancedKiosk.awaitReload(seated, "#workshop-seat-number");
            assertThat(seated.locator("#workshop-seat-number")).containsText("1"); // its own seat back
            assertThat(workshops.seats(workshop)).hasSize(1);
            workshops.lead(workshop, LeadTarget.needs());
            assertThat(seated.locator("#workshop-follow")).isVisible();

            long closedAt = awaitNoOpenSession(dsl, doomedNode);
            System.out.printf("  app node killed under its kiosks: a kiosk back at the start screen on the other"
                    + " node after %.1f s; the dead node's sessions closed as abandoned after %.1f s (idle timeout"
                    + " 30 s)%n", failover, (closedAt - killedAt) / 1e9);
            assertThat(failover).as("kiosks back within seconds").isLessThan(30);
            assertThat(dsl.fetchCount(PATRON_SESSION, PATRON_SESSION.NODE.eq(doomedNode)
                    .and(PATRON_SESSION.END_REASON.eq(PatronSessionEndReason.ABANDONED)))).isPositive();
            workshops.close(workshop);
        } finally {
            staff.cleanUp();
        }
    }

    /** The third node (a JVM of its own) and HAProxy in front of it and of the second, once. */
    private static void behindTheBalancer() throws Exception {
        Assumptions.assumeTrue(Balancer.installed(), "no HAProxy here (apt-get install haproxy)");
        if (balancer != null) {
            return;
        }
        three = ChildApplication.start("cluster-app-three", TestNodes.settings(URL, USER, PASSWORD, SETTINGS));
        three.awaitReadiness(status -> status == 200, "the third node ready", Duration.ofMinutes(3));
        int port = Integer.parseInt(two.getEnvironment().getProperty("local.server.port"));
        Map<String, Integer> nodes = new LinkedHashMap<>();
        nodes.put(SURVIVOR, port);
        nodes.put(DOOMED, three.port());
        balancer = Balancer.start(nodes);
    }

    private static int openSessions(DSLContext dsl, long node) {
        return dsl.fetchCount(PATRON_SESSION, PATRON_SESSION.NODE.eq(node).and(PATRON_SESSION.ENDED_AT.isNull()));
    }

    /** @return when the node's last open session was seen closed */
    private static long awaitNoOpenSession(DSLContext dsl, long node) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (openSessions(dsl, node) > 0) {
            assertThat(System.nanoTime()).as("the dead node's sessions closed within 90 s").isLessThan(deadline);
            Thread.sleep(250);
        }
        return System.nanoTime();
    }

    private static List<String> driving(CatalogueService catalogue) {
        return catalogue.offeredResources("longwy", "DRIVING", Language.FR).stream().map(ResourceCard::code).toList();
    }

    private static PoolFixture pool(int credentials) {
        DSLContext dsl = one.getBean(DSLContext.class);
        PoolFixture pool = PoolFixture.create(dsl, one.getBean(PoolDao.class), one.getBean(CredentialSealer.class),
                AccessMode.POOL_CODE, PoolSettings.DEFAULT);
        pool.fill(credentials, LocalDate.now().plusYears(1));
        return pool;
    }

    private static long issued(PoolFixture pool) {
        return one.getBean(DSLContext.class).fetchCount(CREDENTIAL, CREDENTIAL.POOL_ID.eq(pool.poolId)
                .and(CREDENTIAL.STATE.eq(CredentialState.ISSUED)));
    }

    private static void galera(String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("galera.sh " + String.join(" ", arguments) + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
