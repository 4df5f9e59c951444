package fr.tremplin.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tremplin.core.health.DatabaseAvailability;
import fr.tremplin.support.TremplinTest;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;

/** The kiosk log during a database outage: short ones lose nothing and keep the order; long ones say what went. */
@TremplinTest
@ExtendWith(OutputCaptureExtension.class)
class PatronLogWriterTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    DatabaseAvailability availability;

    private PatronLogWriter writer;

    @AfterEach
    void stopTheWriter() throws InterruptedException {
        writer.destroy();
    }

    @Test
    void writesWaitForTheDatabaseInTheirOrder() {
        writer = new PatronLogWriter(dsl, availability, Duration.ofSeconds(30), Duration.ofMillis(20));
        List<String> written = new CopyOnWriteArrayList<>();
        AtomicInteger outageLeft = new AtomicInteger(5);

        writer.write("start of session A", () -> {
            if (outageLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("pool", new SQLTransientConnectionException("timed out"));
            }
            written.add("start A");
        });
        writer.write("end of session A", () -> written.add("end A"));
        writer.flush();

        assertThat(written).containsExactly("start A", "end A");
    }

    @Test
    void pastTheLongestOutageAWriteIsDroppedAndNamed(CapturedOutput output) {
        writer = new PatronLogWriter(dsl, availability, Duration.ofMillis(200), Duration.ofMillis(20));
        AtomicInteger attempts = new AtomicInteger();

        writer.write("start of session 7f3a", () -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("down", new SQLTransientConnectionException("refused"));
        });
        writer.flush();

        assertThat(attempts.get()).as("tried again during the outage").isGreaterThan(1);
        assertThat(output.getAll()).contains("start of session 7f3a was dropped");
    }

    @Test
    void aWriteThatFailsForAnotherReasonIsNotRetried(CapturedOutput output) {
        writer = new PatronLogWriter(dsl, availability, Duration.ofSeconds(30), Duration.ofMillis(20));
        AtomicInteger attempts = new AtomicInteger();

        writer.write("choices of session 9b1c", () -> {
            attempts.incrementAndGet();
            throw new DataIntegrityViolationException("no such branch");
        });
        writer.flush();

        assertThat(attempts.get()).isEqualTo(1);
        assertThat(output.getAll()).contains("choices of session 9b1c was not written");
    }

    @Test
    void aDeadlockOrACertificationFailureIsTriedAgain() {
        writer = new PatronLogWriter(dsl, availability, Duration.ofSeconds(30), Duration.ofMillis(20));
        AtomicInteger attempts = new AtomicInteger();

        writer.write("end of session 9b1c", () -> {
            if (attempts.incrementAndGet() < 3) {
                throw new org.springframework.dao.CannotAcquireLockException("Deadlock found",
                        new java.sql.SQLTransactionRollbackException("Deadlock found", "40001", 1213));
            }
        });
        writer.flush();

        assertThat(attempts.get()).isEqualTo(3);
    }
}
