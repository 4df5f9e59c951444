package fr.tremplin.core.security;

import static fr.tremplin.core.db.jooq.Tables.STAFF_USER;
import static org.assertj.core.api.Assertions.assertThat;

import fr.tremplin.core.db.TransientRetry;
import fr.tremplin.support.StaffFixtures;
import fr.tremplin.support.StaffFixtures.Staff;
import fr.tremplin.support.TremplinTest;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * BCrypt runs outside the row lock and outside any transaction, and parallel sign-ins still count one by one. The
 * password checks are held at a gate, so the test sees them all in progress at once, whatever the machine's speed:
 * if a check ran under the row lock, the others could not reach the gate and the row could not be locked elsewhere.
 */
@TremplinTest
class PasswordSignInConcurrencyTest {

    private static final long GATE_SECONDS = 20;

    @Autowired
    DSLContext dsl;
    @Autowired
    StaffAccountDao accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    StaffSecurityProperties properties;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Clock clock;
    @Autowired
    PasswordSignIn sequentialSignIn;

    StaffFixtures fixtures;
    ExecutorService threads;

    @BeforeEach
    void setUp() {
        fixtures = new StaffFixtures(dsl);
        threads = Executors.newCachedThreadPool();
    }

    @AfterEach
    void tearDown() {
        threads.shutdownNow();
        fixtures.cleanUp();
    }

    @Test
    void whileManyPasswordsAreBeingCheckedTheAccountRowCanBeLockedAtOnceByAnyoneElse() throws Exception {
        Staff staff = fixtures.create("bcrypt", StaffRole.LIBRARIAN, "longwy");
        int attempts = 6;
        CountDownLatch checking = new CountDownLatch(attempts);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean inTransaction = new AtomicBoolean();
        PasswordSignIn signIn = signIn(() -> {
            inTransaction.compareAndSet(false, TransactionSynchronizationManager.isActualTransactionActive());
            checking.countDown();
            release.await(GATE_SECONDS, TimeUnit.SECONDS);
        });
        List<Future<Optional<SignInAccount>>> results = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            String password = "wrong " + i;
            results.add(threads.submit(() -> signIn.attempt(staff.username(), password)));
        }
        boolean allCheckingAtOnce;
        Optional<String> lockedElsewhere;
        try {
            allCheckingAtOnce = checking.await(GATE_SECONDS, TimeUnit.SECONDS);
            lockedElsewhere = lockRowElsewhere(staff.id());
        } finally {
            release.countDown();
        }
        for (Future<Optional<SignInAccount>> result : results) {
            assertThat(result.get(GATE_SECONDS, TimeUnit.SECONDS)).isEmpty();
        }

        assertThat(lockedElsewhere).as("SELECT ... FOR UPDATE WAIT 1 on another connection during the checks")
                .isEmpty();
        assertThat(allCheckingAtOnce).as("all %d password checks in progress at the same time", attempts).isTrue();
        assertThat(inTransaction).as("a password check ran inside a transaction").isFalse();
        assertThat(state(staff)).as("six wrong passwords lock the account, as six in a row do")
                .containsExactly(0, true);
    }

    @ParameterizedTest(name = "{0} wrong passwords")
    @ValueSource(ints = {4, 5, 7})
    void parallelWrongPasswordsCountExactlyAsTheSameNumberOneAfterTheOther(int attempts) throws Exception {
        Staff oneByOne = fixtures.create("seq", StaffRole.LIBRARIAN, "longwy");
        Staff together = fixtures.create("par", StaffRole.LIBRARIAN, "longwy");
        for (int i = 0; i < attempts; i++) {
            assertThat(sequentialSignIn.attempt(oneByOne.username(), "wrong " + i)).isEmpty();
        }
        // Every parallel check waits for all the others: all read the same counters before any outcome is recorded.
        CountDownLatch checking = new CountDownLatch(attempts);
        PasswordSignIn signIn = signIn(() -> {
            checking.countDown();
            checking.await(GATE_SECONDS, TimeUnit.SECONDS);
        });
        List<Future<Optional<SignInAccount>>> results = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            String password = "wrong " + i;
            results.add(threads.submit(() -> signIn.attempt(together.username(), password)));
        }
        for (Future<Optional<SignInAccount>> result : results) {
            assertThat(result.get(2 * GATE_SECONDS, TimeUnit.SECONDS)).isEmpty();
        }

        boolean locks = attempts >= properties.maxFailedSignIns();
        assertThat(state(oneByOne)).containsExactly(locks ? 0 : attempts, locks);
        assertThat(state(together)).as("(failed sign-ins, locked) after %d in parallel", attempts)
                .isEqualTo(state(oneByOne));
    }

    @Test
    void aPasswordSetWhileTheOldOneIsBeingCheckedDoesNotLetTheOldOneIn() throws Exception {
        Staff staff = fixtures.create("reset", StaffRole.LIBRARIAN, "longwy");
        CountDownLatch checking = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        PasswordSignIn signIn = signIn(() -> {
            checking.countDown();
            release.await(GATE_SECONDS, TimeUnit.SECONDS);
        });
        Future<Optional<SignInAccount>> result = threads.submit(() -> signIn.attempt(staff.username(),
                StaffFixtures.PASSWORD));
        assertThat(checking.await(GATE_SECONDS, TimeUnit.SECONDS)).isTrue();
        dsl.update(STAFF_USER).set(STAFF_USER.PASSWORD_HASH, encoder.encode("a brand new password"))
                .where(STAFF_USER.ID.eq(staff.id())).execute();
        release.countDown();

        assertThat(result.get(GATE_SECONDS, TimeUnit.SECONDS)).as("the old password no longer signs in").isEmpty();
        assertThat(state(staff)).as("and it is not counted as a failure").containsExactly(0, false);
    }

    /** A PasswordSignIn whose password checks first pass {@code gate}, then run BCrypt for real. */
    private PasswordSignIn signIn(Gate gate) {
        PasswordEncoder gated = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return encoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String hash) {
                try {
                    gate.pass();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return encoder.matches(raw, hash);
            }
        };
        return new PasswordSignIn(accounts, gated, properties, transaction, clock, new TransientRetry());
    }

    /** @return why the row could not be locked within a second, if it could not */
    private Optional<String> lockRowElsewhere(long id) {
        try {
            transaction.executeWithoutResult(status -> dsl.fetch(
                    "SELECT id FROM staff_user WHERE id = ? FOR UPDATE WAIT 1", id));
            return Optional.empty();
        } catch (DataAccessException e) {
            return Optional.of(String.valueOf(e.getMostSpecificCause().getMessage()));
        }
    }

    /** (failed sign-ins, locked now) of that account. */
    private List<Object> state(Staff staff) {
        Record2<Integer, LocalDateTime> row = dsl.select(STAFF_USER.FAILED_SIGN_INS, STAFF_USER.LOCKED_UNTIL)
                .from(STAFF_USER).where(STAFF_USER.ID.eq(staff.id())).fetchOne();
        return List.of(row.value1(), row.value2() != null && row.value2().isAfter(LocalDateTime.now(clock)));
    }

    @FunctionalInterface
    private interface Gate {
        void pass() throws InterruptedException;
    }
}
