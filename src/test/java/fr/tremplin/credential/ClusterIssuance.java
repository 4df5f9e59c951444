package fr.tremplin.credential;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tremplin.core.db.TransientRetry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ConfigurableApplicationContext;

/** Credentials taken as fast as kiosks could, from several application nodes at once (the cluster test's load). */
final class ClusterIssuance {

    static final int WORKERS_PER_NODE = 8;
    private static final TransientRetry RETRY = new TransientRetry();

    private ClusterIssuance() {
    }

    record Result(Set<String> taken, AtomicInteger refused, AtomicInteger failures, List<Long> successTimes,
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

    /**
     * {@value #WORKERS_PER_NODE} workers per node each take {@code each} credentials, one new patron session each;
     * {@code midway} runs meanwhile.
     */
    static Result take(List<ConfigurableApplicationContext> nodes, PoolFixture pool, int each, Runnable midway)
            throws Exception {
        Set<String> taken = ConcurrentHashMap.newKeySet();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger doubled = new AtomicInteger();
        List<Long> successTimes = Collections.synchronizedList(new ArrayList<>());
        ExecutorService workers = Executors.newFixedThreadPool(nodes.size() * WORKERS_PER_NODE);
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
}
