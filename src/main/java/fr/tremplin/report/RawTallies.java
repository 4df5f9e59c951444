package fr.tremplin.report;

import static fr.tremplin.core.db.jooq.Tables.CREDENTIAL;
import static fr.tremplin.core.db.jooq.Tables.CREDENTIAL_POOL;
import static fr.tremplin.core.db.jooq.Tables.HELP_CALL;
import static fr.tremplin.core.db.jooq.Tables.WORKSHOP;
import static fr.tremplin.core.db.jooq.Tables.WORKSHOP_SEAT;
import static fr.tremplin.core.db.jooq.Tables.OFFER;
import static fr.tremplin.core.db.jooq.Tables.PATRON_SESSION;
import static fr.tremplin.core.db.jooq.Tables.SESSION_EVENT;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;

import fr.tremplin.core.db.jooq.enums.HelpCallState;
import fr.tremplin.core.db.jooq.enums.SessionEventType;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/**
 * Counts of the raw anonymous rows of part of one month, as {@link Tally tallies}: what a closed month's aggregate
 * stores, and what the open month is read as. Sessions and their events count in the month the session started;
 * credentials and help calls in the month they were handed out or made.
 */
@Repository
class RawTallies {

    /** The sessions' columns counted, read as stored (codes and ids, never labels). */
    private static final Map<Dimension, Field<String>> SESSION_COLUMNS = new LinkedHashMap<>();

    static {
        SESSION_COLUMNS.put(Dimension.AUDIENCE, raw(PATRON_SESSION.AUDIENCE));
        SESSION_COLUMNS.put(Dimension.NEED, raw(PATRON_SESSION.NEED_ID));
        SESSION_COLUMNS.put(Dimension.SUB_NEED, raw(PATRON_SESSION.SUB_NEED_ID));
        SESSION_COLUMNS.put(Dimension.KIOSK, raw(PATRON_SESSION.KIOSK_ID));
        SESSION_COLUMNS.put(Dimension.LANGUAGE, raw(PATRON_SESSION.UI_LOCALE));
        SESSION_COLUMNS.put(Dimension.LEVEL, raw(PATRON_SESSION.LANGUAGE_LEVEL));
        SESSION_COLUMNS.put(Dimension.LEVEL_SOURCE, raw(PATRON_SESSION.LEVEL_SOURCE));
        SESSION_COLUMNS.put(Dimension.ENTRY, raw(PATRON_SESSION.ENTRY));
        SESSION_COLUMNS.put(Dimension.PARTNER, raw(PATRON_SESSION.REFERRAL_PARTNER_ID));
    }

    private final DSLContext dsl;

    RawTallies(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The counts of [from, to) within {@code month}, at these branches (ids; all when null). */
    List<Tally> tallies(YearMonth month, LocalDateTime from, LocalDateTime to, Collection<Long> branchIds) {
        Map<Key, Long> counts = new LinkedHashMap<>();
        sessions(from, to, branchIds, counts);
        events(from, to, branchIds, counts);
        issued(from, to, branchIds, counts);
        helpCalls(from, to, branchIds, counts);
        workshops(from, to, branchIds, counts);
        List<Tally> tallies = new ArrayList<>(counts.size());
        counts.forEach((key, count) -> tallies.add(new Tally(month, key.branchId(), key.dimension(), key.value(),
                count)));
        return tallies;
    }

    private record Key(long branchId, Dimension dimension, String value) {
    }

    /** One grouped pass over the sessions, folded into one count per column and value. */
    private void sessions(LocalDateTime from, LocalDateTime to, Collection<Long> branchIds, Map<Key, Long> counts) {
        List<Field<?>> columns = new ArrayList<>(SESSION_COLUMNS.values());
        columns.addFirst(PATRON_SESSION.BRANCH_ID);
        dsl.select(columns).select(count()).from(PATRON_SESSION)
                .where(PATRON_SESSION.STARTED_AT.ge(from)).and(PATRON_SESSION.STARTED_AT.lt(to))
                .and(in(PATRON_SESSION.BRANCH_ID, branchIds))
                .groupBy(columns)
                .forEach(r -> {
                    long branch = r.get(PATRON_SESSION.BRANCH_ID);
                    long sessions = r.get(r.size() - 1, Long.class);
                    add(counts, new Key(branch, Dimension.SESSIONS, ""), sessions);
                    SESSION_COLUMNS.forEach((dimension, column) -> add(counts,
                            new Key(branch, dimension, Objects.toString(r.get(column), "")), sessions));
                });
    }

    /** Sessions that opened or took access to each resource, and the satisfaction answers. */
    private void events(LocalDateTime from, LocalDateTime to, Collection<Long> branchIds, Map<Key, Long> counts) {
        Field<Integer> sessions = countDistinct(SESSION_EVENT.PATRON_SESSION_ID);
        Field<Integer> events = count();
        dsl.select(PATRON_SESSION.BRANCH_ID, SESSION_EVENT.TYPE, SESSION_EVENT.RESOURCE_ID, SESSION_EVENT.SCORE,
                        sessions, events)
                .from(PATRON_SESSION).join(SESSION_EVENT).on(SESSION_EVENT.PATRON_SESSION_ID.eq(PATRON_SESSION.ID))
                .where(PATRON_SESSION.STARTED_AT.ge(from)).and(PATRON_SESSION.STARTED_AT.lt(to))
                .and(in(PATRON_SESSION.BRANCH_ID, branchIds))
                .and(SESSION_EVENT.TYPE.in(SessionEventType.RESOURCE_OPENED, SessionEventType.ACCESS_TAKEN)
                        .and(SESSION_EVENT.RESOURCE_ID.isNotNull())
                        .or(SESSION_EVENT.TYPE.eq(SessionEventType.SATISFACTION)
                                .and(SESSION_EVENT.SCORE.isNotNull())))
                .groupBy(PATRON_SESSION.BRANCH_ID, SESSION_EVENT.TYPE, SESSION_EVENT.RESOURCE_ID, SESSION_EVENT.SCORE)
                .forEach(r -> {
                    long branch = r.value1();
                    switch (r.value2()) {
                        case RESOURCE_OPENED -> add(counts, new Key(branch, Dimension.OPENED,
                                String.valueOf(r.value3())), r.value5());
                        case ACCESS_TAKEN -> add(counts, new Key(branch, Dimension.TAKEN,
                                String.valueOf(r.value3())), r.value5());
                        default -> add(counts, new Key(branch, Dimension.SATISFACTION, String.valueOf(r.value4())),
                                r.value6());
                    }
                });
    }

    private void issued(LocalDateTime from, LocalDateTime to, Collection<Long> branchIds, Map<Key, Long> counts) {
        dsl.select(OFFER.BRANCH_ID, OFFER.RESOURCE_ID, count()).from(CREDENTIAL)
                .join(CREDENTIAL_POOL).on(CREDENTIAL_POOL.ID.eq(CREDENTIAL.POOL_ID))
                .join(OFFER).on(OFFER.ID.eq(CREDENTIAL_POOL.OFFER_ID))
                .where(CREDENTIAL.ISSUED_AT.ge(from)).and(CREDENTIAL.ISSUED_AT.lt(to))
                .and(in(OFFER.BRANCH_ID, branchIds))
                .groupBy(OFFER.BRANCH_ID, OFFER.RESOURCE_ID)
                .forEach(r -> add(counts, new Key(r.value1(), Dimension.ISSUED, String.valueOf(r.value2())),
                        r.value3()));
    }

    private void helpCalls(LocalDateTime from, LocalDateTime to, Collection<Long> branchIds, Map<Key, Long> counts) {
        dsl.select(HELP_CALL.BRANCH_ID, count(), count().filterWhere(HELP_CALL.STATE.ne(HelpCallState.OPEN)))
                .from(HELP_CALL)
                .where(HELP_CALL.CALLED_AT.ge(from)).and(HELP_CALL.CALLED_AT.lt(to))
                .and(in(HELP_CALL.BRANCH_ID, branchIds))
                .groupBy(HELP_CALL.BRANCH_ID)
                .forEach(r -> {
                    add(counts, new Key(r.value1(), Dimension.HELP_CALLS, ""), r.value2());
                    add(counts, new Key(r.value1(), Dimension.HELP_ANSWERED, ""), r.value3());
                });
        helpWaits(from, to, branchIds, counts);
    }

    /** Taken calls by how long the patron waited, in the month of the call. */
    private void helpWaits(LocalDateTime from, LocalDateTime to, Collection<Long> branchIds, Map<Key, Long> counts) {
        Field<Integer> waited = DSL.field("TIMESTAMPDIFF(SECOND, {0}, {1})", Integer.class, HELP_CALL.CALLED_AT,
                HELP_CALL.TAKEN_AT);
        Field<String> bucket = DSL.when(waited.lt(HelpWait.TWO_MINUTES), HelpWait.UNDER_2_MIN.name())
                .when(waited.lt(HelpWait.FIVE_MINUTES), HelpWait.FROM_2_TO_5_MIN.name())
                .otherwise(HelpWait.OVER_5_MIN.name());
        dsl.select(HELP_CALL.BRANCH_ID, bucket, count()).from(HELP_CALL)
                .where(HELP_CALL.CALLED_AT.ge(from)).and(HELP_CALL.CALLED_AT.lt(to))
                .and(HELP_CALL.TAKEN_AT.isNotNull()).and(in(HELP_CALL.BRANCH_ID, branchIds))
                .groupBy(HELP_CALL.BRANCH_ID, bucket)
                .forEach(r -> add(counts, new Key(r.value1(), Dimension.HELP_WAIT, r.value2()), r.value3()));
    }

    /** Workshops opened and seats taken (by the audience the patron gave), in the month they happened. */
    private void workshops(LocalDateTime from, LocalDateTime to, Collection<Long> branchIds, Map<Key, Long> counts) {
        dsl.select(WORKSHOP.BRANCH_ID, count()).from(WORKSHOP)
                .where(WORKSHOP.OPENED_AT.ge(from)).and(WORKSHOP.OPENED_AT.lt(to))
                .and(in(WORKSHOP.BRANCH_ID, branchIds))
                .groupBy(WORKSHOP.BRANCH_ID)
                .forEach(r -> add(counts, new Key(r.value1(), Dimension.WORKSHOPS, ""), r.value2()));
        Field<String> audience = DSL.coalesce(WORKSHOP_SEAT.AUDIENCE.cast(String.class), DSL.inline(""));
        dsl.select(WORKSHOP.BRANCH_ID, audience, count()).from(WORKSHOP_SEAT)
                .join(WORKSHOP).on(WORKSHOP.ID.eq(WORKSHOP_SEAT.WORKSHOP_ID))
                .where(WORKSHOP_SEAT.JOINED_AT.ge(from)).and(WORKSHOP_SEAT.JOINED_AT.lt(to))
                .and(in(WORKSHOP.BRANCH_ID, branchIds))
                .groupBy(WORKSHOP.BRANCH_ID, audience)
                .forEach(r -> add(counts, new Key(r.value1(), Dimension.WORKSHOP_SEATS, r.value2()), r.value3()));
    }

    private static void add(Map<Key, Long> counts, Key key, long count) {
        if (count > 0) {
            counts.merge(key, count, Long::sum);
        }
    }

    private static Condition in(Field<Long> branch, Collection<Long> branchIds) {
        return branchIds == null ? DSL.trueCondition() : branch.in(branchIds);
    }

    /** A column as the database holds it, without the converter of the generated code. */
    private static Field<String> raw(Field<?> column) {
        return DSL.field(column.getQualifiedName(), SQLDataType.VARCHAR);
    }
}
