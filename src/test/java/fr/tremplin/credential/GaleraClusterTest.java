package fr.tremplin.credential;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.CREDENTIAL;
import static fr.tremplin.core.db.jooq.Tables.STAFF_USER;
import static org.assertj.core.api.Assertions.assertThat;

import fr.tremplin.catalogue.CatalogueService;
import fr.tremplin.catalogue.OfferAdminService;
import fr.tremplin.catalogue.ResourceCard;
import fr.tremplin.core.db.EmbeddedMariaDb;
import fr.tremplin.core.db.TransientRetry;
import fr.tremplin.core.db.jooq.enums.CredentialState;
import fr.tremplin.core.domain.AccessMode;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.support.StaffFixtures;
import fr.tremplin.support.TestNodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 * Two application nodes on a three-node MariaDB Galera cluster on 127.0.0.1 (src/test/cluster/galera.sh, Debian's
 * mariadb-server and galera-4), through the one-writer URL: a concurrent cold start, credentials taken from both
 * nodes at once with none doubled or lost, and the same while the Galera node being written to is killed. Not part
 * of the suite: {@code ./mvnw -Pcluster test -Dtest=GaleraClusterTest}; it prints its figures.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GaleraClusterTest {

    private static final String URL =
            "jdbc:mariadb:sequential://127.0.0.1:13306,127.0.0.1:13307,127.0.0.1:13308/tremplin";
    private static final String SCRIPT = "src/test/cluster/galera.sh";
    private static final String UNUSED_EMBEDDED = "--tremplin.embedded-db.directory=target/cluster-unused-embedded";
    private static final String NO_FAIR_USE_LIMIT = "--tremplin.credentials.per-kiosk-per-hour=1000000";
    private static final int WORKERS_PER_NODE = 8;
    private static final TransientRetry RETRY = new TransientRetry();
    private static ConfigurableApplicationContext one;
    private static ConfigurableApplicationContext two;

    @BeforeAll
    static void clusterAndTwoNodesStartedTogether() throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("/usr/lib/galera/libgalera_smm.so"))
                && Files.isExecutable(Path.of("/usr/sbin/mariadbd")) && Files.isExecutable(Path.of("/usr/bin/rsync")),
                "no Galera here (apt-get install mariadb-server galera-4 rsync): the cluster test is skipped");
        galera("start");
        ExecutorService starters = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        Callable<ConfigurableApplicationContext> node = () -> {
            go.await();
            return TestNodes.start(URL, "tremplin", "cluster-test-password", UNUSED_EMBEDDED, NO_FAIR_USE_LIMIT);
        };
        long start = System.nanoTime();
        Future<ConfigurableApplicationContext> first = starters.submit(node);
        Future<ConfigurableApplicationContext> second = starters.submit(node);
        go.countDown();
        one = first.get(3, TimeUnit.MINUTES);
        two = second.get(3, TimeUnit.MINUTES);
        starters.shutdown();
        System.out.printf("%nGalera cluster: two app nodes started together in %.1f s%n",
                (System.nanoTime() - start) / 1e9);
    }

    @AfterAll
    static void stop() throws Exception {
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
        Result result = takeFromBothNodes(pool, 200, null);
        System.out.printf("  credentials from both nodes: %d taken in %.2f s (%.0f/s), %d refused, %d failures%n",
                result.taken().size(), result.seconds(), result.taken().size() / result.seconds(),
                result.refused().get(), result.failures().get());
        assertThat(result.failures()).hasValue(0);
        assertThat(result.taken()).hasSize(2 * WORKERS_PER_NODE * 200);
        assertThat(issued(pool)).isEqualTo(result.taken().size());
    }

    @Test
    @Order(3)
    void killingTheGaleraNodeBeingWrittenToLosesAndDoublesNothing() throws Exception {
        PoolFixture pool = pool(4_000);
        AtomicLong killedAt = new AtomicLong();
        Result result = takeFromBothNodes(pool, 150, () -> {
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
            Result result = take(List.of(single, single), pool, 200, null);
            System.out.printf("  the same on the embedded single server: %d taken in %.2f s (%.0f/s)%n",
                    result.taken().size(), result.seconds(), result.taken().size() / result.seconds());
            assertThat(result.taken()).hasSize(2 * WORKERS_PER_NODE * 200);
        }
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

    private record Result(Set<String> taken, AtomicInteger refused, AtomicInteger failures, List<Long> successTimes,
            double seconds) {
        /** The longest time without a credential handed out, from the moment until the end. */
        long longestPauseAfter(long moment) {
            List<Long> times = successTimes.stream().filter(t -> t > moment).sorted().toList();
            long longest = times.isEmpty() ? Long.MAX_VALUE : times.getFirst() - moment;
            for (int i = 1; i < times.size(); i++) {
                longest = Math.max(longest, times.get(i) - times.get(i - 1));
            }
            return longest;
        }
    }

    /** Each worker takes {@code each} credentials, one new patron session each; {@code midway} runs meanwhile. */
    private static Result takeFromBothNodes(PoolFixture pool, int each, Runnable midway) throws Exception {
        return take(List.of(one, two), pool, each, midway);
    }

    private static Result take(List<ConfigurableApplicationContext> nodes, PoolFixture pool, int each,
            Runnable midway) throws Exception {
        Set<String> taken = ConcurrentHashMap.newKeySet();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger doubled = new AtomicInteger();
        List<Long> successTimes = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService workers = Executors.newFixedThreadPool(2 * WORKERS_PER_NODE);
        List<Future<?>> running = new ArrayList<>();
        long start = System.nanoTime();
        for (ConfigurableApplicationContext node : nodes) {
            CredentialIssuance issuance = node.getBean(CredentialIssuance.class);
            for (int w = 0; w < WORKERS_PER_NODE; w++) {
                running.add(workers.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        try {
                            // The session is stored first, as the kiosk's log writer does (it waits out a failover).
                            UUID session = RETRY.run("session", () -> pool.session(null));
                            IssueResult result = issuance.take(new CredentialIssuance.Request(PoolFixture.BRANCH_CODE,
                                    pool.resourceCode, session, null, null));
                            if (result.status() == IssueResult.Status.ISSUED) {
                                if (!taken.add(result.credential().login())) {
                                    doubled.incrementAndGet();
                                }
                                successTimes.add(System.nanoTime());
                            } else {
                                refused.incrementAndGet();
                            }
                        } catch (RuntimeException e) {
                            if (failures.incrementAndGet() <= 3) {
                                Throwable root = e;
                                while (root.getCause() != null && root.getCause() != root) {
                                    root = root.getCause();
                                }
                                System.out.println("  a failed take: " + e.getClass().getSimpleName() + " <- "
                                        + root.getClass().getSimpleName() + ": " + root.getMessage());
                            }
                        }
                    }
                }));
            }
        }
        if (midway != null) {
            Thread.sleep(1_500);
            midway.run();
        }
        for (Future<?> worker : running) {
            worker.get(5, TimeUnit.MINUTES);
        }
        workers.shutdown();
        assertThat(doubled).as("no credential handed out twice").hasValue(0);
        return new Result(taken, refused, failures, successTimes, (System.nanoTime() - start) / 1e9);
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
