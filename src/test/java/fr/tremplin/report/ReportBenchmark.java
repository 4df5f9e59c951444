package fr.tremplin.report;

import fr.tremplin.core.security.StaffRole;
import fr.tremplin.support.StaffFixtures;
import fr.tremplin.support.TremplinTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Not a test: {@code ./mvnw -Pbench test -Dtest=ReportBenchmark} generates a year of anonymous data (200,000 patron
 * sessions and 1,000,000 events over the six demo branches, in 2003, a year no other run uses) on the embedded
 * MariaDB, then prints: the time to write the aggregates of its twelve closed months (what the hourly job does once
 * per month), to build the yearly department report cold (first build in this JVM) and warm (best of five), to read
 * one month from its raw rows (what the open month costs), to build the report of a year never summed up (the
 * aggregates written on the way), and to roll the year up (raw rows deleted; the report after it must be identical).
 * Goal of issue 12: under 3 s cold, under 1 s warm. The roll-up deletes the year: the next run generates it again.
 */
@Tag("bench")
@TremplinTest
class ReportBenchmark {

    private static final int SESSIONS = 200_000;
    private static final int EVENTS_PER_SESSION = 5;
    private static final ReportPeriod YEAR = new ReportPeriod(LocalDate.of(2003, 1, 1), LocalDate.of(2003, 12, 31),
            null);

    private static final String IN_2003 = "started_at >= '2003-01-01' AND started_at < '2004-01-01'";
    private static final String EVENTS_2003 = "SELECT COUNT(*) FROM session_event e JOIN patron_session s ON s.id = "
            + "e.patron_session_id WHERE s." + IN_2003.replace(" AND ", " AND s.");

    @Autowired
    ReportService reports;
    @Autowired
    MonthlyCounts counts;
    @Autowired
    RawTallies raw;
    @Autowired
    ReportRollUp rollUp;
    @Autowired
    DSLContext dsl;

    @Test
    void yearlyDepartmentReport() {
        long generation = System.nanoTime();
        if (count(EVENTS_2003) < (long) SESSIONS * EVENTS_PER_SESSION) {
            generate();
        }
        double generated = (System.nanoTime() - generation) / 1e9;
        long events = count(EVENTS_2003);
        StaffFixtures fixtures = new StaffFixtures(dsl);
        StaffFixtures.signIn(fixtures.create("bench", StaffRole.DEPARTMENT_ADMIN));
        try {
            forgetAggregates();
            long summing = System.nanoTime();
            for (int month = 1; month <= 12; month++) {
                counts.summarize(YearMonth.of(2003, month));
            }
            long summed = (System.nanoTime() - summing) / 1_000_000;
            long cold = time();
            long warm = Long.MAX_VALUE;
            for (int i = 0; i < 5; i++) {
                warm = Math.min(warm, time());
            }
            List<ShownTable> before = reports.report(YEAR);
            long rawStart = System.nanoTime();
            int rawTallies = raw.tallies(YearMonth.of(2003, 6), LocalDateTime.of(2003, 6, 1, 0, 0),
                    LocalDateTime.of(2003, 7, 1, 0, 0), null).size();
            long rawMonth = (System.nanoTime() - rawStart) / 1_000_000;
            forgetAggregates();
            long unsummed = time();
            long rolling = System.nanoTime();
            ReportRollUp.Result rolled = ReportRollUp.Result.NONE;
            for (int month = 1; month <= 12; month++) {
                rolled = rolled.plus(rollUp.rollUp(YearMonth.of(2003, month)));
            }
            double rollUpSeconds = (System.nanoTime() - rolling) / 1e9;
            long afterStart = System.nanoTime();
            boolean identical = reports.report(YEAR).equals(before);
            long after = (System.nanoTime() - afterStart) / 1_000_000;
            System.out.printf("%n=== Yearly department report, embedded MariaDB ===%n");
            System.out.printf("data: %d sessions, %d events in 2003 (generated in %.1f s)%n", SESSIONS, events,
                    generated);
            System.out.printf("aggregates of the 12 closed months written in %d ms (the job does it once a month)%n",
                    summed);
            System.out.printf("report (%d tables): cold %d ms, warm %d ms (best of 5)%n", before.size(), cold, warm);
            System.out.printf("one month read from its raw rows (the open month): %d ms, %d tallies%n", rawMonth,
                    rawTallies);
            System.out.printf("report of a year never summed up (aggregates written on the way): %d ms%n", unsummed);
            System.out.printf("roll-up of the year: %.1f s, %d sessions and %d events deleted%n", rollUpSeconds,
                    rolled.sessionsDeleted(), rolled.eventsDeleted());
            System.out.printf("report after the roll-up: %d ms, identical to before: %s%n", after, identical);
        } finally {
            fixtures.cleanUp();
        }
    }

    private void forgetAggregates() {
        dsl.execute("DELETE FROM monthly_aggregate WHERE month_start BETWEEN '2003-01-01' AND '2003-12-01'");
        dsl.execute("DELETE FROM report_month WHERE month_start BETWEEN '2003-01-01' AND '2003-12-01'");
    }

    private long count(String sql) {
        return dsl.fetchOne(sql).get(0, Long.class);
    }

    private long time() {
        long start = System.nanoTime();
        reports.report(YEAR);
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Sessions spread over the year, branches, audiences, needs, levels; events of every kind on demo resources. */
    private void generate() {
        for (int month = 1; month <= 12; month++) {
            String in = "started_at >= '2003-%02d-01' AND started_at < '2003-%02d-01' + INTERVAL 1 MONTH"
                    .formatted(month, month);
            dsl.execute("DELETE e FROM session_event e JOIN patron_session s ON s.id = e.patron_session_id WHERE s."
                    + in.replace(" AND ", " AND s."));
            dsl.execute("DELETE FROM patron_session WHERE " + in);
        }
        dsl.execute("""
                INSERT INTO patron_session (id, branch_id, started_at, ended_at, end_reason, ui_locale, audience,
                    need_id, language_level, level_source, entry)
                SELECT UNHEX(MD5(CONCAT('bench-2003-', s.seq))),
                       (SELECT id FROM branch ORDER BY id LIMIT 1 OFFSET %d),
                       TIMESTAMP('2003-01-01') + INTERVAL (s.seq MOD 364) DAY + INTERVAL (s.seq MOD 600) MINUTE,
                       TIMESTAMP('2003-01-01') + INTERVAL (s.seq MOD 364) DAY + INTERVAL (s.seq MOD 600 + 9) MINUTE,
                       ELT(1 + s.seq MOD 3, 'DONE', 'IDLE', 'RESTARTED'),
                       ELT(1 + s.seq MOD 5, 'fr', 'ar', 'uk', 'prs', 'en'),
                       ELT(1 + s.seq MOD 4, 'JOB_SEEKER', 'FRENCH_LEARNER', 'EXAM_CANDIDATE', 'OTHER'),
                       (SELECT id FROM need WHERE parent_id IS NULL ORDER BY id LIMIT 1 OFFSET %d),
                       ELT(1 + s.seq MOD 6, 'ALPHA', 'A1', 'A2', 'B1', 'B2', 'C1'),
                       ELT(1 + s.seq MOD 3, 'CHOSEN', 'CHECK', 'SKIPPED'),
                       ELT(1 + s.seq MOD 7, 'KIOSK', 'KIOSK', 'KIOSK', 'KIOSK', 'KIOSK', 'KIOSK', 'DEEP_LINK')
                FROM seq_1_to_%d s""".formatted(0, 0, SESSIONS));
        // Spread over the branches and the needs, by bytes of the random-looking id.
        dsl.execute("UPDATE patron_session p JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n FROM branch) b"
                + " ON b.n = CONV(SUBSTRING(HEX(p.id), 1, 4), 16, 10) MOD (SELECT COUNT(*) FROM branch)"
                + " SET p.branch_id = b.id WHERE p." + IN_2003.replace(" AND ", " AND p."));
        dsl.execute("UPDATE patron_session p JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n FROM need"
                + " WHERE parent_id IS NULL) x ON x.n = CONV(SUBSTRING(HEX(p.id), 5, 4), 16, 10) MOD 7"
                + " SET p.need_id = x.id WHERE p." + IN_2003.replace(" AND ", " AND p."));
        // A month per statement: each stays well under the connection's 10 s socket timeout.
        for (int month = 1; month <= 12; month++) {
            String start = "2003-%02d-01".formatted(month);
            dsl.execute("""
                    INSERT INTO session_event (patron_session_id, occurred_at, type, resource_id, score)
                    SELECT s.id, s.started_at + INTERVAL k.seq MINUTE,
                           ELT(k.seq, 'RESULTS_SHOWN', 'RESOURCE_OPENED', 'QR_SHOWN', 'ACCESS_TAKEN', 'SATISFACTION'),
                           IF(k.seq IN (2, 3, 4), (SELECT id FROM resource ORDER BY id LIMIT 1), NULL),
                           IF(k.seq = 5, 1 + CONV(SUBSTRING(HEX(s.id), 5, 2), 16, 10) MOD 3, NULL)
                    FROM patron_session s JOIN seq_1_to_%d k
                    WHERE s.started_at >= '%s' AND s.started_at < '%s' + INTERVAL 1 MONTH"""
                    .formatted(EVENTS_PER_SESSION, start, start));
        }
    }
}
