package fr.tremplin.report;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.CREDENTIAL;
import static fr.tremplin.core.db.jooq.Tables.CREDENTIAL_POOL;
import static fr.tremplin.core.db.jooq.Tables.HELP_CALL;
import static fr.tremplin.core.db.jooq.Tables.NEED;
import static fr.tremplin.core.db.jooq.Tables.NEED_TEXT;
import static fr.tremplin.core.db.jooq.Tables.OFFER;
import static fr.tremplin.core.db.jooq.Tables.PARTNER;
import static fr.tremplin.core.db.jooq.Tables.PATRON_SESSION;
import static fr.tremplin.core.db.jooq.Tables.RESOURCE;
import static fr.tremplin.core.db.jooq.Tables.RESOURCE_TEXT;
import static fr.tremplin.core.db.jooq.Tables.SESSION_EVENT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.month;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.year;

import fr.tremplin.core.db.jooq.enums.SessionEventType;
import fr.tremplin.report.FigureTable.FigureRow;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Counts of the anonymous session data for a report: one query per table, grouped in the database. */
@Repository
class ReportQueries {

    private final DSLContext dsl;

    ReportQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Sessions of the period at these branches (codes), grouped by one field, biggest first unless ordered. */
    List<FigureRow> sessionsBy(Field<String> label, LocalDate from, LocalDate to, Collection<String> branches,
            boolean byLabel) {
        Field<Integer> sessions = count();
        var query = dsl.select(label, sessions).from(PATRON_SESSION)
                .join(BRANCH).on(BRANCH.ID.eq(PATRON_SESSION.BRANCH_ID))
                .leftJoin(NEED).on(NEED.ID.eq(PATRON_SESSION.NEED_ID))
                .leftJoin(NEED_TEXT).on(NEED_TEXT.NEED_ID.eq(NEED.ID)).and(NEED_TEXT.LOCALE.eq(inline("fr")))
                .leftJoin(PARTNER).on(PARTNER.ID.eq(PATRON_SESSION.REFERRAL_PARTNER_ID))
                .where(sessionsIn(from, to, branches))
                .groupBy(label);
        return (byLabel ? query.orderBy(label) : query.orderBy(sessions.desc(), label))
                .fetch(r -> new FigureRow(r.value1() == null ? "" : r.value1(), List.of((long) r.value2())));
    }

    /** Per resource: sessions that opened it, that took access, credentials issued, and licences bought. */
    List<FigureRow> resources(LocalDate from, LocalDate to, Collection<String> branches) {
        Field<Integer> opened = countDistinct(SESSION_EVENT.PATRON_SESSION_ID)
                .filterWhere(SESSION_EVENT.TYPE.eq(SessionEventType.RESOURCE_OPENED));
        Field<Integer> taken = countDistinct(SESSION_EVENT.PATRON_SESSION_ID)
                .filterWhere(SESSION_EVENT.TYPE.eq(SessionEventType.ACCESS_TAKEN));
        Field<String> title = coalesce(RESOURCE_TEXT.TITLE, RESOURCE.CODE);
        java.util.Map<Long, Long> issued = issued(from, to, branches);
        java.util.Map<Long, Long> licences = licences(branches);
        return dsl.select(title, opened, taken, RESOURCE.ID).from(SESSION_EVENT)
                .join(PATRON_SESSION).on(PATRON_SESSION.ID.eq(SESSION_EVENT.PATRON_SESSION_ID))
                .join(BRANCH).on(BRANCH.ID.eq(PATRON_SESSION.BRANCH_ID))
                .join(RESOURCE).on(RESOURCE.ID.eq(SESSION_EVENT.RESOURCE_ID))
                .leftJoin(RESOURCE_TEXT).on(RESOURCE_TEXT.RESOURCE_ID.eq(RESOURCE.ID))
                .and(RESOURCE_TEXT.LOCALE.eq(inline("fr")))
                .where(sessionsIn(from, to, branches))
                .groupBy(title, RESOURCE.ID).orderBy(opened.desc(), title)
                .fetch(r -> new FigureRow(r.value1(), java.util.Arrays.asList((long) r.value2(), (long) r.value3(),
                        issued.getOrDefault(r.value4(), 0L), licences.get(r.value4()))));
    }

    /** Help calls made from the kiosks in the period, and how many a librarian took or closed. */
    List<FigureRow> helpCalls(LocalDate from, LocalDate to, Collection<String> branches) {
        var r = dsl.select(count(), count().filterWhere(HELP_CALL.STATE.ne(
                        fr.tremplin.core.db.jooq.enums.HelpCallState.OPEN)))
                .from(HELP_CALL).join(BRANCH).on(BRANCH.ID.eq(HELP_CALL.BRANCH_ID))
                .where(HELP_CALL.CALLED_AT.ge(from.atStartOfDay())).and(HELP_CALL.CALLED_AT.lt(to.plusDays(1)
                        .atStartOfDay())).and(inBranches(branches)).fetchOne();
        return List.of(new FigureRow("", List.of((long) r.value1(), (long) r.value2())));
    }

    /** The answers to "Did Tremplin help you?", by face (3 happy, 2 neutral, 1 unhappy). */
    List<FigureRow> satisfaction(LocalDate from, LocalDate to, Collection<String> branches) {
        return dsl.select(SESSION_EVENT.SCORE, count()).from(SESSION_EVENT)
                .join(PATRON_SESSION).on(PATRON_SESSION.ID.eq(SESSION_EVENT.PATRON_SESSION_ID))
                .join(BRANCH).on(BRANCH.ID.eq(PATRON_SESSION.BRANCH_ID))
                .where(SESSION_EVENT.TYPE.eq(SessionEventType.SATISFACTION)).and(sessionsIn(from, to, branches))
                .groupBy(SESSION_EVENT.SCORE).orderBy(SESSION_EVENT.SCORE.desc())
                .fetch(r -> new FigureRow(String.valueOf(r.value1()), List.of((long) r.value2())));
    }

    /** Active branches (code → name), all of them when null, by name. */
    java.util.Map<String, String> branchNames(Collection<String> branches) {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        dsl.select(BRANCH.CODE, BRANCH.NAME).from(BRANCH).where(BRANCH.RETIRED_AT.isNull()).and(inBranches(branches))
                .orderBy(BRANCH.NAME).forEach(r -> names.put(r.value1(), r.value2()));
        return names;
    }

    static Field<String> startMonth() {
        return DSL.concat(year(PATRON_SESSION.STARTED_AT).cast(String.class), inline("-"),
                DSL.lpad(month(PATRON_SESSION.STARTED_AT).cast(String.class), 2, "0"));
    }

    static Field<String> branchName() {
        return BRANCH.NAME;
    }

    static Field<String> needLabel() {
        return coalesce(NEED_TEXT.LABEL, NEED.CODE);
    }

    static Field<String> partnerName() {
        return PARTNER.NAME;
    }

    /** Credentials handed out in the period, per resource. */
    private java.util.Map<Long, Long> issued(LocalDate from, LocalDate to, Collection<String> branches) {
        java.util.Map<Long, Long> issued = new java.util.HashMap<>();
        dsl.select(OFFER.RESOURCE_ID, count()).from(CREDENTIAL)
                .join(CREDENTIAL_POOL).on(CREDENTIAL_POOL.ID.eq(CREDENTIAL.POOL_ID))
                .join(OFFER).on(OFFER.ID.eq(CREDENTIAL_POOL.OFFER_ID))
                .join(BRANCH).on(BRANCH.ID.eq(OFFER.BRANCH_ID))
                .where(inBranches(branches)).and(CREDENTIAL.ISSUED_AT.ge(from.atStartOfDay()))
                .and(CREDENTIAL.ISSUED_AT.lt(to.plusDays(1).atStartOfDay()))
                .groupBy(OFFER.RESOURCE_ID).forEach(r -> issued.put(r.value1(), (long) r.value2()));
        return issued;
    }

    /** Licences bought per resource by these branches (absent where none is set). */
    private java.util.Map<Long, Long> licences(Collection<String> branches) {
        java.util.Map<Long, Long> licences = new java.util.HashMap<>();
        dsl.select(OFFER.RESOURCE_ID, sum(OFFER.LICENCES_BOUGHT)).from(OFFER).join(BRANCH).on(BRANCH.ID.eq(OFFER.BRANCH_ID))
                .where(inBranches(branches)).and(OFFER.LICENCES_BOUGHT.isNotNull()).groupBy(OFFER.RESOURCE_ID)
                .forEach(r -> licences.put(r.value1(), r.value2().longValue()));
        return licences;
    }

    private static Condition sessionsIn(LocalDate from, LocalDate to, Collection<String> branches) {
        return PATRON_SESSION.STARTED_AT.ge(from.atStartOfDay())
                .and(PATRON_SESSION.STARTED_AT.lt(to.plusDays(1).atStartOfDay())).and(inBranches(branches));
    }

    private static Condition inBranches(Collection<String> branches) {
        return branches == null ? DSL.trueCondition() : BRANCH.CODE.in(branches);
    }
}
