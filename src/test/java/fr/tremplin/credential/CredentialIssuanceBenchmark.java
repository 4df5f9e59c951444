package fr.tremplin.credential;

import static fr.tremplin.core.db.jooq.Tables.CREDENTIAL;

import fr.tremplin.core.db.jooq.enums.CredentialState;
import fr.tremplin.core.domain.AccessMode;
import fr.tremplin.credential.IssueResult.Status;
import fr.tremplin.support.TremplinTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Not a test: {@code ./mvnw -Pbench test -Dtest=CredentialIssuanceBenchmark} takes credentials with 32 threads (32
 * kiosk PCs, each its own patron session) from one pool on the embedded MariaDB, through the real service (fair-use
 * count, SKIP LOCKED, decryption, marking), and prints the throughput, the latency of one issuance and the
 * duplicates found. Goal of issue 10: at least 500 a second, no duplicate. {@code -Dbench.threads=N},
 * {@code -Dbench.perThread=N} change the load.
 */
@Tag("bench")
@TremplinTest
class CredentialIssuanceBenchmark {

    private static final int THREADS = Integer.getInteger("bench.threads", 32);
    private static final int PER_THREAD = Integer.getInteger("bench.perThread", 300);
    private static final int WARM_UP = 500;
    private static final int ALONE = 500;

    @Autowired
    CredentialIssuance issuance;
    @Autowired
    DSLContext dsl;
    @Autowired
    PoolDao pools;
    @Autowired
    CredentialSealer sealer;
    @Autowired
    com.zaxxer.hikari.HikariDataSource connections;

    @Test
    void issuanceThroughput() throws Exception {
        PoolFixture pool = PoolFixture.create(dsl, pools, sealer, AccessMode.POOL_CODE, PoolSettings.DEFAULT);
        int total = THREADS * PER_THREAD;
        pool.fill(WARM_UP + total + ALONE + 1000, LocalDate.now().plusYears(1));
        pool.limit(1000);
        // Warm-up: JIT, connection pool, buffer pool.
        run(pool, 8, WARM_UP / 8);

        long started = System.nanoTime();
        List<long[]> results = run(pool, THREADS, PER_THREAD);
        double seconds = (System.nanoTime() - started) / 1e9;

        long[] latencies = results.stream().flatMapToLong(r -> Arrays.stream(r, 0, r.length)).sorted().toArray();
        long[] alone = run(pool, 1, ALONE).get(0).clone();
        Arrays.sort(alone);
        int issued = dsl.fetchCount(CREDENTIAL, CREDENTIAL.POOL_ID.eq(pool.poolId)
                .and(CREDENTIAL.STATE.eq(CredentialState.ISSUED)));
        System.out.printf("%n=== Credential issuance, embedded MariaDB, %d threads x %d, %d database connections ===%n",
                THREADS, PER_THREAD, connections.getMaximumPoolSize());
        System.out.printf("throughput: %.0f issuances/s (%d in %.2f s)%n", total / seconds, total, seconds);
        System.out.printf("one issuance: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99),
                latencies[latencies.length - 1] / 1e6);
        System.out.printf("one issuance on a quiet server (1 thread x %d): p50 %.1f ms, p95 %.1f ms%n", ALONE,
                percentile(alone, 50), percentile(alone, 95));
        int expected = total + WARM_UP / 8 * 8 + ALONE;
        System.out.printf("duplicates: %d (issued rows %d for %d issuances, warm-up and quiet run included)%n",
                duplicates, issued, expected);
        if (duplicates != 0 || issued != expected) {
            throw new AssertionError("Issuance lost or duplicated credentials");
        }
    }

    private int duplicates;
    private final Set<String> seen = new HashSet<>();

    private List<long[]> run(PoolFixture pool, int threads, int each) throws Exception {
        List<Callable<long[]>> kiosks = new ArrayList<>();
        List<List<String>> logins = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long kiosk = pool.kiosk();
            UUID session = pool.session(kiosk);
            List<String> taken = new ArrayList<>(each);
            logins.add(taken);
            kiosks.add(() -> {
                long[] times = new long[each];
                for (int i = 0; i < each; i++) {
                    long start = System.nanoTime();
                    IssueResult result = issuance.take(new CredentialIssuance.Request(PoolFixture.BRANCH_CODE,
                            pool.resourceCode, session, kiosk, null));
                    times[i] = System.nanoTime() - start;
                    if (result.status() != Status.ISSUED) {
                        throw new AssertionError("Not issued: " + result.status());
                    }
                    taken.add(result.credential().login());
                }
                return times;
            });
        }
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        List<long[]> times = new ArrayList<>();
        try {
            for (Future<long[]> future : executor.invokeAll(kiosks)) {
                times.add(future.get());
            }
        } finally {
            executor.shutdownNow();
        }
        logins.forEach(list -> list.forEach(login -> {
            if (!seen.add(login)) {
                duplicates++;
            }
        }));
        return times;
    }

    private static double percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
