package fr.tremplin.credential;

import static fr.tremplin.core.db.jooq.Tables.CREDENTIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tremplin.core.db.jooq.enums.CredentialState;
import fr.tremplin.core.domain.AccessMode;
import fr.tremplin.core.domain.SessionKeys;
import fr.tremplin.credential.IssueResult.Status;
import fr.tremplin.support.TremplinTest;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Issuance on the embedded MariaDB: atomic under concurrency, intact after a killed transaction, fair use. */
@TremplinTest
class CredentialIssuanceTest {

    private static final LocalDate NEXT_YEAR = LocalDate.now().plusYears(1);

    @Autowired
    CredentialIssuance issuance;
    @Autowired
    CredentialUpkeep upkeep;
    @Autowired
    DSLContext dsl;
    @Autowired
    PoolDao pools;
    @Autowired
    CredentialDao credentials;
    @Autowired
    CredentialSealer sealer;
    @Autowired
    DataSource dataSource;
    @Autowired
    TransactionTemplate transactions;

    private PoolFixture pool(PoolSettings settings) {
        return PoolFixture.create(dsl, pools, sealer, AccessMode.POOL_CODE, settings);
    }

    @Test
    void sixteenKiosksTakeFourThousandDistinctCredentialsFromFiveThousand() throws Exception {
        PoolFixture pool = pool(PoolSettings.DEFAULT);
        Set<String> stored = new HashSet<>(pool.fill(5_000, NEXT_YEAR));
        pool.limit(1000);
        int threads = 16;
        List<Callable<List<String>>> kiosks = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long kiosk = pool.kiosk();
            UUID session = pool.session(kiosk);
            kiosks.add(() -> {
                List<String> taken = new ArrayList<>();
                for (int i = 0; i < 4_000 / threads; i++) {
                    IssueResult result = issuance.take(new CredentialIssuance.Request(PoolFixture.BRANCH_CODE,
                            pool.resourceCode, session, kiosk, null));
                    assertThat(result.status()).isEqualTo(Status.ISSUED);
                    taken.add(result.credential().login());
                }
                return taken;
            });
        }
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        List<String> all = new ArrayList<>();
        try {
            for (Future<List<String>> future : executor.invokeAll(kiosks)) {
                all.addAll(future.get());
            }
        } finally {
            executor.shutdownNow();
        }
        assertThat(all).hasSize(4_000).doesNotHaveDuplicates();
        assertThat(stored).containsAll(all);
        assertThat(count(pool, CredentialState.ISSUED)).isEqualTo(4_000);
        assertThat(count(pool, CredentialState.AVAILABLE)).isEqualTo(1_000);
    }

    @Test
    void aTransactionKilledMidwayLeavesThePoolIntact() throws Exception {
        PoolFixture pool = pool(PoolSettings.DEFAULT);
        pool.fill(3, NEXT_YEAR);
        UUID session = pool.session(null);
        AtomicLong takenId = new AtomicLong();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            CredentialDao.Taken taken = credentials.takeAvailable(pool.poolId, LocalDate.now()).orElseThrow();
            takenId.set(taken.id());
            credentials.markIssued(taken.id(), SessionKeys.bytes(session), java.time.LocalDateTime.now(), null, null);
            killOwnConnection();
        })).isInstanceOf(RuntimeException.class);
        assertThat(count(pool, CredentialState.AVAILABLE)).isEqualTo(3);
        assertThat(count(pool, CredentialState.ISSUED)).isZero();
        IssueResult next = issuance.take(new CredentialIssuance.Request(PoolFixture.BRANCH_CODE, pool.resourceCode,
                session, null, null));
        assertThat(next.status()).isEqualTo(Status.ISSUED);
        assertThat(dsl.select(CREDENTIAL.STATE).from(CREDENTIAL).where(CREDENTIAL.ID.eq(takenId.get()))
                .fetchOne().value1()).isEqualTo(CredentialState.ISSUED);
    }

    @Test
    void aRetryAfterACommitThatLandedFindsTheSessionsCredentialRatherThanTakingASecond() {
        PoolFixture pool = pool(PoolSettings.DEFAULT);
        pool.fill(2, NEXT_YEAR);
        pool.limit(100);
        CredentialIssuance.Request request = new CredentialIssuance.Request(PoolFixture.BRANCH_CODE,
                pool.resourceCode, pool.session(null), null, null);
        assertThat(issuance.alreadyIssued(request)).as("nothing landed yet").isEmpty();

        IssuedCredential first = issuance.take(request).credential();

        IssueResult landed = issuance.alreadyIssued(request).orElseThrow();
        assertThat(landed.credential().login()).isEqualTo(first.login());
        assertThat(landed.credential().secret()).isEqualTo(first.secret());
        assertThat(count(pool, CredentialState.ISSUED)).isEqualTo(1);
    }

    @Test
    void whereThePublisherAllowsItTheQrCodeSignsInWithTheLogin() {
        PoolFixture pool = pool(new PoolSettings(PoolPolicy.SINGLE_USE, null, 5, false,
                "https://publisher.example/login?user={login}"));
        pool.fill(1, NEXT_YEAR);
        pool.limit(100);
        IssuedCredential issued = take(pool, pool.session(null), null, null).credential();
        assertThat(issued.loginLink()).isEqualTo("https://publisher.example/login?user=" + issued.login());
    }

    @Test
    void anEmptyPoolSaysSoAndChangesNothing() {
        PoolFixture pool = pool(PoolSettings.DEFAULT);
        pool.fill(1, NEXT_YEAR);
        UUID session = pool.session(null);
        pool.limit(100);
        assertThat(take(pool, session, null, null).status()).isEqualTo(Status.ISSUED);
        assertThat(take(pool, session, null, null).status()).isEqualTo(Status.POOL_EMPTY);
    }

    @Test
    void expiredAndNotYetValidCredentialsAreNeverHandedOut() {
        PoolFixture pool = pool(PoolSettings.DEFAULT);
        pool.limit(100);
        long expired = insert(pool, "old", null, LocalDate.now().minusDays(1));
        long future = insert(pool, "future", LocalDate.now().plusDays(3), null);
        UUID session = pool.session(null);
        assertThat(take(pool, session, null, null).status()).isEqualTo(Status.POOL_EMPTY);
        upkeep.run();
        assertThat(state(expired)).isEqualTo(CredentialState.EXPIRED);
        assertThat(state(future)).isEqualTo(CredentialState.AVAILABLE);
    }

    @Test
    void aKioskHandsOutAtMostItsHourlyShare() {
        PoolFixture pool = pool(PoolSettings.DEFAULT);
        pool.fill(10, NEXT_YEAR);
        pool.limit(3);
        long kiosk = pool.kiosk();
        long otherKiosk = pool.kiosk();
        for (int i = 0; i < 3; i++) {
            assertThat(take(pool, pool.session(kiosk), kiosk, null).status()).isEqualTo(Status.ISSUED);
        }
        assertThat(take(pool, pool.session(kiosk), kiosk, null).status()).isEqualTo(Status.KIOSK_LIMIT);
        assertThat(take(pool, pool.session(otherKiosk), otherKiosk, null).status()).isEqualTo(Status.ISSUED);
        assertThat(count(pool, CredentialState.AVAILABLE)).isEqualTo(6);
    }

    @Test
    void aCardHoldsOneLentCredentialAtATimeAndOnlyItsHashIsKeptWhileLent() {
        PoolFixture pool = pool(new PoolSettings(PoolPolicy.REUSABLE_AFTER_EXPIRY, 30, 1, true));
        pool.fill(3, NEXT_YEAR);
        pool.limit(100);
        UUID session = pool.session(null);
        assertThat(take(pool, session, null, null).status()).isEqualTo(Status.CARD_NEEDED);
        IssueResult first = take(pool, session, null, "0123 4567 89");
        assertThat(first.status()).isEqualTo(Status.ISSUED);
        // Days are the branch's (Europe/Paris), not the server's: around midnight UTC they differ.
        assertThat(first.credential().validUntil())
                .isEqualTo(LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusDays(30));
        assertThat(take(pool, pool.session(null), null, "0123-456789").status()).isEqualTo(Status.CARD_HOLDS_ONE);
        assertThat(take(pool, pool.session(null), null, "9999").status()).isEqualTo(Status.ISSUED);
        byte[] digest = dsl.select(CREDENTIAL.CARD_DIGEST).from(CREDENTIAL).where(CREDENTIAL.POOL_ID.eq(pool.poolId))
                .and(CREDENTIAL.CARD_DIGEST.isNotNull()).limit(1).fetchOne().value1();
        assertThat(new String(digest, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("0123");
        // The loan ends: the credential comes back to the pool and the card hash goes.
        dsl.update(CREDENTIAL).set(CREDENTIAL.LENT_UNTIL, java.time.LocalDateTime.now().minusMinutes(1))
                .where(CREDENTIAL.POOL_ID.eq(pool.poolId)).and(CREDENTIAL.STATE.eq(CredentialState.ISSUED)).execute();
        upkeep.run();
        assertThat(count(pool, CredentialState.AVAILABLE)).isEqualTo(3);
        assertThat(dsl.fetchCount(CREDENTIAL, CREDENTIAL.POOL_ID.eq(pool.poolId)
                .and(CREDENTIAL.CARD_DIGEST.isNotNull().or(CREDENTIAL.PATRON_SESSION_ID.isNotNull())))).isZero();
        assertThat(take(pool, pool.session(null), null, "0123456789").status()).isEqualTo(Status.ISSUED);
    }

    @Test
    void aSharedAccountIsShownNotTakenAndNeverPrintable() {
        PoolFixture pool = PoolFixture.create(dsl, pools, sealer, AccessMode.SHARED_ACCOUNT, PoolSettings.DEFAULT);
        pool.fill(1, NEXT_YEAR);
        IssuedCredential shown = issuance.sharedAccount(PoolFixture.BRANCH_CODE, pool.resourceCode).orElseThrow();
        assertThat(shown.printable()).isFalse();
        assertThat(shown.login()).startsWith("user-");
        assertThat(issuance.sharedAccount(PoolFixture.BRANCH_CODE, pool.resourceCode)).isPresent();
        assertThat(count(pool, CredentialState.AVAILABLE)).isEqualTo(1);
        assertThat(take(pool, pool.session(null), null, null).status()).isEqualTo(Status.NO_POOL);
    }

    private IssueResult take(PoolFixture pool, UUID session, Long kiosk, String card) {
        return issuance.take(new CredentialIssuance.Request(PoolFixture.BRANCH_CODE, pool.resourceCode, session,
                kiosk, card));
    }

    private long insert(PoolFixture pool, String login, LocalDate from, LocalDate until) {
        credentials.insertAll(pool.poolId, List.of(sealer.seal(pool.poolId,
                new CredentialLine(1, login + "-" + UUID.randomUUID(), "pw", from, until, null))));
        return dsl.select(org.jooq.impl.DSL.max(CREDENTIAL.ID)).from(CREDENTIAL)
                .where(CREDENTIAL.POOL_ID.eq(pool.poolId)).fetchOne(0, Long.class);
    }

    private CredentialState state(long id) {
        return dsl.select(CREDENTIAL.STATE).from(CREDENTIAL).where(CREDENTIAL.ID.eq(id)).fetchOne().value1();
    }

    private int count(PoolFixture pool, CredentialState state) {
        return dsl.fetchCount(CREDENTIAL, CREDENTIAL.POOL_ID.eq(pool.poolId).and(CREDENTIAL.STATE.eq(state)));
    }

    /** Kills the connection of the current transaction from another connection, as a crashed node would. */
    private void killOwnConnection() {
        long id = dsl.fetchOne("SELECT CONNECTION_ID()").get(0, Long.class);
        try (Connection other = dataSource.getConnection(); Statement statement = other.createStatement()) {
            statement.execute("KILL CONNECTION " + id);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
