package fr.tremplin.core.db;

import static fr.tremplin.core.db.jooq.Tables.APP_NODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tremplin.catalogue.OfferAdminService;
import fr.tremplin.support.TremplinTest;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAttributeSourceAdvisor;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A save ({@code @Transactional}) meeting a conflict or a failover is run again as a whole, on the real transaction
 * manager and MariaDB; one whose commit may have landed is not.
 */
@TremplinTest
class SaveRetryTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    TransactionInterceptor transactionInterceptor;
    @Autowired
    Advisor saveRetryAdvisor;
    @Autowired
    OfferAdminService aStaffService;

    private final long row = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41);

    @AfterEach
    void cleanUp() {
        dsl.deleteFrom(APP_NODE).where(APP_NODE.ID.eq(row)).execute();
    }

    @Test
    void aSaveMeetingConflictsIsRunAgainAsAWholeAndWritesOnce() {
        Flaky save = new Flaky(dsl, row, 2, () -> new CannotAcquireLockException("certification failure",
                new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213)));

        proxied(save).write();

        assertThat(save.tries).hasValue(3);
        assertThat(rows()).as("the failed tries were rolled back").isEqualTo(1);
    }

    @Test
    void aConnectionLostBeforeTheCommitIsRunAgain() {
        Flaky save = new Flaky(dsl, row, 1, () -> new DataAccessResourceFailureException("failover",
                new SQLNonTransientConnectionException("Communications link failure", "08S01")));

        proxied(save).write();

        assertThat(save.tries).hasValue(2);
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void aConnectionLostDuringTheCommitIsReportedNotRunAgain() {
        Flaky save = new Flaky(dsl, row, 0, null);
        save.cutAfterCommit = true;

        assertThatThrownBy(proxied(save)::write).isInstanceOf(UncategorizedSQLException.class);

        assertThat(save.tries).as("its commit may have landed: not done twice").hasValue(1);
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void aConflictInsideAnotherTransactionIsLeftToTheOuterOne() {
        Flaky save = new Flaky(dsl, row, 1, () -> new CannotAcquireLockException("deadlock",
                new SQLTransactionRollbackException("Deadlock found", "40001", 1213)));
        Flaky proxy = proxied(save);
        AtomicInteger outerTries = new AtomicInteger();

        new TransientRetry().run("outer", () -> {
            outerTries.incrementAndGet();
            proxy.write();
            return null;
        });

        assertThat(save.tries).hasValue(2);
        assertThat(outerTries).as("tried again by the outer run, not inside it").hasValue(2);
    }

    @Test
    void aSaveWrittenAsABlockIsRunAgainTheSameWay(@Autowired RetriedTransaction transaction) {
        Flaky save = new Flaky(dsl, row, 1, () -> new CannotAcquireLockException("certification failure",
                new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213)));

        transaction.run("test", save::write);

        assertThat(save.tries).hasValue(2);
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void theServicesSavesAreRetriedOutsideTheirTransaction() {
        List<Advisor> advisors = List.of(((Advised) aStaffService).getAdvisors());
        int retry = advisors.indexOf(saveRetryAdvisor);
        int transaction = advisors.stream().filter(TransactionAttributeSourceAdvisor.class::isInstance)
                .findFirst().or(() -> advisors.stream().filter(a -> a.getAdvice() instanceof TransactionInterceptor)
                        .findFirst()).map(advisors::indexOf).orElse(-1);
        assertThat(retry).as("the retry advises the service").isNotNegative();
        assertThat(transaction).isNotNegative();
        assertThat(retry).as("outside the transaction").isLessThan(transaction);
    }

    private int rows() {
        return dsl.fetchCount(APP_NODE, APP_NODE.ID.eq(row));
    }

    /** The real transaction advice inside the real retry advice, as the application's proxies have them. */
    private Flaky proxied(Flaky target) {
        ProxyFactory factory = new ProxyFactory(target);
        factory.setProxyTargetClass(true);
        factory.addAdvisor(saveRetryAdvisor);
        factory.addAdvice(transactionInterceptor);
        return (Flaky) factory.getProxy();
    }

    /** Writes a row, then fails its first {@code failures} tries with the failure given. */
    static class Flaky {

        final AtomicInteger tries = new AtomicInteger();
        boolean cutAfterCommit;
        private final DSLContext dsl;
        private final long row;
        private final int failures;
        private final java.util.function.Supplier<RuntimeException> failure;

        Flaky(DSLContext dsl, long row, int failures, java.util.function.Supplier<RuntimeException> failure) {
            this.dsl = dsl;
            this.row = row;
            this.failures = failures;
            this.failure = failure;
        }

        @Transactional
        public void write() {
            LocalDateTime now = LocalDateTime.now();
            dsl.insertInto(APP_NODE, APP_NODE.ID, APP_NODE.STARTED_AT, APP_NODE.SEEN_AT).values(row, now, now)
                    .execute();
            if (tries.incrementAndGet() <= failures) {
                throw failure.get();
            }
            if (cutAfterCommit) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        throw new UncategorizedSQLException("commit", "COMMIT",
                                new SQLException("(conn=7) reconnect during a COMMIT", "25S03"));
                    }
                });
            }
        }
    }
}
