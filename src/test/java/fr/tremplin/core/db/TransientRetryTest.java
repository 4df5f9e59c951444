package fr.tremplin.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.UncategorizedSQLException;

/** Which failures are tried again, how often, and that a commit that landed is never done twice. */
class TransientRetryTest {

    private final TransientRetry retry = new TransientRetry();
    private final AtomicInteger tries = new AtomicInteger();

    @Test
    void aDeadlockOrACertificationFailureIsTriedAgainUntilItPasses() {
        String result = retry.run("test", () -> {
            if (tries.incrementAndGet() < 3) {
                throw new CannotAcquireLockException("deadlock",
                        new SQLTransactionRollbackException("Deadlock found", "40001", 1213));
            }
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(tries).hasValue(3);
    }

    @Test
    void aCommitThatLandedBeforeTheConnectionWasLostIsNotDoneAgain() {
        String result = retry.run("test", () -> {
            tries.incrementAndGet();
            throw new UncategorizedSQLException("commit", "COMMIT",
                    new SQLException("(conn=12) reconnect during a COMMIT", "25S03"));
        }, () -> Optional.of("the credential already issued"));

        assertThat(result).isEqualTo("the credential already issued");
        assertThat(tries).as("no second commit").hasValue(1);
    }

    @Test
    void aConnectionTheDriverHadToReopenAfterAFailoverIsTriedAgain() {
        String result = retry.run("test", () -> {
            if (tries.incrementAndGet() == 1) {
                throw new org.springframework.dao.TransientDataAccessResourceException("take",
                        new java.sql.SQLTransientConnectionException(
                                "Driver has reconnect connection after a communications link failure", "08000"));
            }
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(tries).hasValue(2);
    }

    @Test
    void otherFailuresAreNotTriedAgainAndTransientOnesGiveUpInTheEnd() {
        assertThatThrownBy(() -> retry.run("test", () -> {
            tries.incrementAndGet();
            throw new DataIntegrityViolationException("duplicate key");
        })).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(tries).hasValue(1);

        tries.set(0);
        assertThatThrownBy(() -> retry.run("test", () -> {
            tries.incrementAndGet();
            throw new UncategorizedSQLException("x", "x", new SQLException("Deadlock", "40001", 1213));
        })).isInstanceOf(UncategorizedSQLException.class);
        assertThat(tries).hasValue(TransientRetry.ATTEMPTS);
    }
}
