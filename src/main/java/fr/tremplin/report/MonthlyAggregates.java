package fr.tremplin.report;

import static fr.tremplin.core.db.jooq.Tables.CREDENTIAL;
import static fr.tremplin.core.db.jooq.Tables.HELP_CALL;
import static fr.tremplin.core.db.jooq.Tables.MONTHLY_AGGREGATE;
import static fr.tremplin.core.db.jooq.Tables.PATRON_SESSION;
import static fr.tremplin.core.db.jooq.Tables.REPORT_MONTH;
import static fr.tremplin.core.db.jooq.Tables.SESSION_EVENT;
import static org.jooq.impl.DSL.min;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The stored aggregates of closed months ({@code monthly_aggregate}, {@code report_month}) and the raw rows' end. */
@Repository
class MonthlyAggregates {

    /** What is stored of a month: its aggregate (then final), and whether its raw rows were rolled up. */
    record MonthState(boolean rolledUp) {
    }

    /** Raw rows deleted. */
    record Deleted(long sessions, long events) {
    }

    private static final int INSERT_ROWS = 1000;

    private final DSLContext dsl;

    MonthlyAggregates(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The months from {@code from} to {@code to} included that have their aggregate. */
    Map<YearMonth, MonthState> summarized(YearMonth from, YearMonth to) {
        Map<YearMonth, MonthState> months = new HashMap<>();
        dsl.select(REPORT_MONTH.MONTH_START, REPORT_MONTH.ROLLED_UP_AT).from(REPORT_MONTH)
                .where(REPORT_MONTH.MONTH_START.between(from.atDay(1), to.atDay(1)))
                .forEach(r -> months.put(YearMonth.from(r.value1()), new MonthState(r.value2() != null)));
        return months;
    }

    /** The counts of these months at these branches (ids; all when null). */
    List<Tally> read(Collection<YearMonth> months, Collection<Long> branchIds) {
        if (months.isEmpty()) {
            return List.of();
        }
        return dsl.select(MONTHLY_AGGREGATE.MONTH_START, MONTHLY_AGGREGATE.BRANCH_ID, MONTHLY_AGGREGATE.DIMENSION,
                        MONTHLY_AGGREGATE.DIMENSION_VALUE, MONTHLY_AGGREGATE.TALLY)
                .from(MONTHLY_AGGREGATE)
                .where(MONTHLY_AGGREGATE.MONTH_START.in(months.stream().map(m -> m.atDay(1)).toList()))
                .and(branchIds == null ? DSL.trueCondition() : MONTHLY_AGGREGATE.BRANCH_ID.in(branchIds))
                .fetch(r -> new Tally(YearMonth.from(r.value1()), r.value2(), Dimension.valueOf(r.value3()),
                        r.value4(), r.value5()));
    }

    /**
     * Claims a month for writing its aggregate, in the caller's transaction: false when it is already written. A
     * second claimer waits on the row until the first commits, then finds it taken.
     */
    boolean claim(YearMonth month, LocalDateTime now) {
        return dsl.insertInto(REPORT_MONTH).set(REPORT_MONTH.MONTH_START, month.atDay(1))
                .set(REPORT_MONTH.SUMMARIZED_AT, now).onDuplicateKeyIgnore().execute() == 1;
    }

    void write(List<Tally> tallies) {
        for (int start = 0; start < tallies.size(); start += INSERT_ROWS) {
            var insert = dsl.insertInto(MONTHLY_AGGREGATE, MONTHLY_AGGREGATE.MONTH_START, MONTHLY_AGGREGATE.BRANCH_ID,
                    MONTHLY_AGGREGATE.DIMENSION, MONTHLY_AGGREGATE.DIMENSION_VALUE, MONTHLY_AGGREGATE.TALLY);
            for (Tally t : tallies.subList(start, Math.min(tallies.size(), start + INSERT_ROWS))) {
                insert = insert.values(t.month().atDay(1), t.branchId(), t.dimension().name(), t.value(), t.count());
            }
            insert.execute();
        }
    }

    /** Marks a month's raw rows as rolled up (from now on it is read from its aggregate only); false if it was. */
    boolean markRolledUp(YearMonth month, LocalDateTime now) {
        return dsl.update(REPORT_MONTH).set(REPORT_MONTH.ROLLED_UP_AT, now)
                .where(REPORT_MONTH.MONTH_START.eq(month.atDay(1))).and(REPORT_MONTH.ROLLED_UP_AT.isNull())
                .execute() == 1;
    }

    /** The month of the oldest raw row the report counts, if any. */
    Optional<YearMonth> oldestDataMonth() {
        return Stream.of(dsl.select(min(PATRON_SESSION.STARTED_AT)).from(PATRON_SESSION).fetchOne(0,
                                LocalDateTime.class),
                        dsl.select(min(CREDENTIAL.ISSUED_AT)).from(CREDENTIAL).fetchOne(0, LocalDateTime.class),
                        dsl.select(min(HELP_CALL.CALLED_AT)).from(HELP_CALL).fetchOne(0, LocalDateTime.class))
                .filter(Objects::nonNull).min(LocalDateTime::compareTo).map(YearMonth::from);
    }

    /** The month of the oldest raw session, if any. */
    Optional<YearMonth> oldestSessionMonth() {
        return Optional.ofNullable(dsl.select(min(PATRON_SESSION.STARTED_AT)).from(PATRON_SESSION)
                .fetchOne(0, LocalDateTime.class)).map(YearMonth::from);
    }

    /** Deletes up to {@code limit} raw sessions of the month, with their events; the counts deleted. */
    Deleted deleteRaw(YearMonth month, int limit) {
        LocalDate first = month.atDay(1);
        List<byte[]> ids = dsl.select(PATRON_SESSION.ID).from(PATRON_SESSION)
                .where(PATRON_SESSION.STARTED_AT.ge(first.atStartOfDay()))
                .and(PATRON_SESSION.STARTED_AT.lt(first.plusMonths(1).atStartOfDay()))
                .limit(limit).forUpdate().fetch(PATRON_SESSION.ID);
        if (ids.isEmpty()) {
            return new Deleted(0, 0);
        }
        int events = dsl.deleteFrom(SESSION_EVENT).where(SESSION_EVENT.PATRON_SESSION_ID.in(ids)).execute();
        int sessions = dsl.deleteFrom(PATRON_SESSION).where(PATRON_SESSION.ID.in(ids)).execute();
        return new Deleted(sessions, events);
    }
}
