package fr.tremplin.report;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.HELP_CALL;
import static fr.tremplin.core.db.jooq.Tables.MONTHLY_AGGREGATE;
import static fr.tremplin.core.db.jooq.Tables.PATRON_SESSION;
import static fr.tremplin.core.db.jooq.Tables.REPORT_MONTH;
import static fr.tremplin.core.db.jooq.Tables.RESOURCE;
import static fr.tremplin.core.db.jooq.Tables.SESSION_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import fr.tremplin.core.db.jooq.enums.HelpCallState;
import fr.tremplin.core.db.jooq.enums.SessionEventType;
import fr.tremplin.core.domain.Audience;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.report.ShownTable.ShownRow;
import fr.tremplin.support.StaffFixtures;
import fr.tremplin.support.TremplinTest;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The monthly roll-up on generated sessions with known counts, in 1997 (a year no other test uses): the report is the
 * same before and after, the raw rows are gone, and a second run changes nothing.
 */
@TremplinTest
class ReportRollUpTest {

    private static final LocalDateTime START = LocalDateTime.of(1997, 1, 1, 0, 0);
    private static final LocalDateTime END = LocalDateTime.of(1998, 1, 1, 0, 0);
    private static final ReportPeriod YEAR = new ReportPeriod(LocalDate.of(1997, 1, 1), LocalDate.of(1997, 12, 31),
            null);
    /** As of this day, the retention of 25 months keeps July 1997 on: May and June are rolled up. */
    private static final LocalDate TODAY = LocalDate.of(1999, 8, 10);

    @Autowired
    ReportService reports;
    @Autowired
    ReportRollUp rollUp;
    @Autowired
    DSLContext dsl;
    private StaffFixtures fixtures;
    private byte[] calledFrom;

    @BeforeEach
    void generateSessions() {
        cleanUp();
        fixtures = new StaffFixtures(dsl);
        long longwy = branch("longwy");
        long resource = dsl.select(RESOURCE.ID).from(RESOURCE).orderBy(RESOURCE.ID).limit(1).fetchOne(RESOURCE.ID);
        calledFrom = generate(longwy, Audience.JOB_SEEKER, 12, LocalDateTime.of(1997, 5, 5, 10, 0), resource, 3);
        generate(branch("luneville"), Audience.FRENCH_LEARNER, 3, LocalDateTime.of(1997, 5, 6, 10, 0), resource, 1);
        generate(longwy, Audience.EXAM_CANDIDATE, 7, LocalDateTime.of(1997, 6, 2, 10, 0), resource, 2);
        for (int i = 0; i < 6; i++) {
            dsl.insertInto(HELP_CALL).set(HELP_CALL.BRANCH_ID, longwy)
                    .set(HELP_CALL.CALLED_AT, LocalDateTime.of(1997, 5, 5, 11, i))
                    .set(HELP_CALL.STATE, i == 0 ? HelpCallState.OPEN : HelpCallState.CLOSED)
                    .set(HELP_CALL.PATRON_SESSION_ID, i == 1 ? calledFrom : null).execute();
        }
        StaffFixtures.signIn(fixtures.create("rollup", StaffRole.DEPARTMENT_ADMIN));
    }

    @AfterEach
    void cleanUp() {
        if (fixtures != null) {
            fixtures.cleanUp();
        }
        dsl.deleteFrom(HELP_CALL).where(HELP_CALL.CALLED_AT.ge(START)).and(HELP_CALL.CALLED_AT.lt(END)).execute();
        dsl.deleteFrom(PATRON_SESSION).where(in1997()).execute();
        dsl.deleteFrom(MONTHLY_AGGREGATE).where(MONTHLY_AGGREGATE.MONTH_START.between(START.toLocalDate(),
                END.toLocalDate().minusDays(1))).execute();
        dsl.deleteFrom(REPORT_MONTH).where(REPORT_MONTH.MONTH_START.between(START.toLocalDate(),
                END.toLocalDate().minusDays(1))).execute();
    }

    @Test
    void theReportIsTheSameAfterTheRollUpAndTheRawRowsAreGone() {
        List<ShownTable> before = reports.report(YEAR);
        assertThat(rows(before, "sessions-by-month")).containsExactly("1997-05 15", "1997-06 7", "Total 22");
        assertThat(rows(before, "sessions-by-branch")).contains("Total 22");
        assertThat(rows(before, "help-calls")).containsExactly("Appels depuis les bornes 6 5");
        assertThat(rows(before, "satisfaction")).containsExactly("oui 12", "un peu ×", "non < 5", "Total 22");
        List<ShownTable> longwyBefore = reports.report(new ReportPeriod(YEAR.from(), YEAR.to(), "longwy"));

        ReportRollUp.Result result = rollUp.run(TODAY);

        assertThat(result.monthsRolledUp()).isEqualTo(2);
        assertThat(result.sessionsDeleted()).isEqualTo(22);
        assertThat(result.eventsDeleted()).isEqualTo(22 * 2);
        assertThat(dsl.fetchCount(PATRON_SESSION, in1997())).isZero();
        assertThat(dsl.fetchCount(SESSION_EVENT, SESSION_EVENT.OCCURRED_AT.ge(START)
                .and(SESSION_EVENT.OCCURRED_AT.lt(END)))).isZero();
        assertThat(dsl.fetchCount(HELP_CALL, HELP_CALL.CALLED_AT.ge(START).and(HELP_CALL.CALLED_AT.lt(END))))
                .as("help calls stay, unlinked from the deleted session").isEqualTo(6);
        assertThat(reports.report(YEAR)).isEqualTo(before);
        assertThat(reports.report(new ReportPeriod(YEAR.from(), YEAR.to(), "longwy"))).isEqualTo(longwyBefore);
    }

    @Test
    void aPeriodThatCutsARolledUpMonthCountsItWhole() {
        ReportPeriod cut = new ReportPeriod(LocalDate.of(1997, 5, 1), LocalDate.of(1997, 5, 5), null);
        assertThat(rows(reports.report(cut), "sessions-by-month")).containsExactly("1997-05 12", "Total 12");
        assertThat(reports.countsWholeMonths(cut)).isFalse();

        rollUp.run(TODAY);

        assertThat(rows(reports.report(cut), "sessions-by-month")).containsExactly("1997-05 15", "Total 15");
        assertThat(reports.countsWholeMonths(cut)).isTrue();
        assertThat(reports.countsWholeMonths(YEAR)).isFalse();
    }

    @Test
    void runningItAgainChangesNothing() {
        rollUp.run(TODAY);
        List<ShownTable> after = reports.report(YEAR);
        var aggregates = dsl.selectFrom(MONTHLY_AGGREGATE).where(MONTHLY_AGGREGATE.MONTH_START.between(
                START.toLocalDate(), END.toLocalDate())).orderBy(MONTHLY_AGGREGATE.fields()).fetch();

        ReportRollUp.Result again = rollUp.run(TODAY);

        assertThat(again.monthsRolledUp()).isZero();
        assertThat(again.sessionsDeleted()).isZero();
        assertThat(dsl.selectFrom(MONTHLY_AGGREGATE).where(MONTHLY_AGGREGATE.MONTH_START.between(
                START.toLocalDate(), END.toLocalDate())).orderBy(MONTHLY_AGGREGATE.fields()).fetch())
                .isEqualTo(aggregates);
        assertThat(reports.report(YEAR)).isEqualTo(after);
    }

    @Test
    void onlyMonthsWhollyPastTheRetentionAreRolledUp() {
        assertThat(rollUp.retentionStart(LocalDate.of(2026, 11, 25))).isEqualTo(YearMonth.of(2024, 10));
        rollUp.run(LocalDate.of(1999, 7, 10));

        assertThat(dsl.fetchCount(PATRON_SESSION, in1997())).as("June 1997 is kept until August 1999").isEqualTo(7);
        assertThat(rows(reports.report(YEAR), "sessions-by-month")).containsExactly("1997-05 15", "1997-06 7",
                "Total 22");
    }

    @Test
    void aMonthIsClosedOneDayAfterItsEnd() {
        assertThat(MonthlyCounts.isClosed(YearMonth.of(2024, 1), LocalDate.of(2024, 2, 1))).isFalse();
        assertThat(MonthlyCounts.isClosed(YearMonth.of(2024, 1), LocalDate.of(2024, 2, 2))).isTrue();
    }

    private static List<String> rows(List<ShownTable> tables, String id) {
        ShownTable table = tables.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
        List<ShownRow> rows = new java.util.ArrayList<>(table.rows());
        if (table.total() != null) {
            rows.add(new ShownRow("Total", table.total().cells()));
        }
        return rows.stream().map(r -> r.label() + " " + String.join(" ", r.cells().stream().map(ShownTable.Cell::text)
                .toList())).toList();
    }

    private long branch(String code) {
        return dsl.select(BRANCH.ID).from(BRANCH).where(BRANCH.CODE.eq(code)).fetchOne(BRANCH.ID);
    }

    private static Condition in1997() {
        return PATRON_SESSION.STARTED_AT.ge(START).and(PATRON_SESSION.STARTED_AT.lt(END));
    }

    /** Sessions that each opened the resource and answered the satisfaction question; the first one's id. */
    private byte[] generate(long branch, Audience audience, int count, LocalDateTime at, long resource,
            int satisfaction) {
        byte[] first = null;
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            byte[] bytes = ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                    .putLong(id.getLeastSignificantBits()).array();
            first = first == null ? bytes : first;
            dsl.insertInto(PATRON_SESSION).set(PATRON_SESSION.ID, bytes).set(PATRON_SESSION.BRANCH_ID, branch)
                    .set(PATRON_SESSION.STARTED_AT, at.plusMinutes(i)).set(PATRON_SESSION.AUDIENCE, audience)
                    .execute();
            dsl.insertInto(SESSION_EVENT).set(SESSION_EVENT.PATRON_SESSION_ID, bytes)
                    .set(SESSION_EVENT.OCCURRED_AT, at.plusMinutes(i)).set(SESSION_EVENT.TYPE,
                            SessionEventType.RESOURCE_OPENED).set(SESSION_EVENT.RESOURCE_ID, resource).execute();
            dsl.insertInto(SESSION_EVENT).set(SESSION_EVENT.PATRON_SESSION_ID, bytes)
                    .set(SESSION_EVENT.OCCURRED_AT, at.plusMinutes(i + 1)).set(SESSION_EVENT.TYPE,
                            SessionEventType.SATISFACTION).set(SESSION_EVENT.SCORE, (byte) satisfaction).execute();
        }
        return first;
    }
}
