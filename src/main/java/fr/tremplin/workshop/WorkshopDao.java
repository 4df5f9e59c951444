package fr.tremplin.workshop;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.BRANCH_LANGUAGE;
import static fr.tremplin.core.db.jooq.Tables.NEED;
import static fr.tremplin.core.db.jooq.Tables.PARTNER;
import static fr.tremplin.core.db.jooq.Tables.RESOURCE;
import static fr.tremplin.core.db.jooq.Tables.WORKSHOP;
import static fr.tremplin.core.db.jooq.Tables.WORKSHOP_RESOURCE;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import fr.tremplin.core.db.jooq.enums.WorkshopLeadMode;
import fr.tremplin.core.db.jooq.enums.WorkshopState;
import fr.tremplin.core.db.jooq.tables.records.WorkshopRecord;
import fr.tremplin.core.i18n.Language;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/** Workshops and what they ask of the kiosks. Times are stored in UTC and read on the branch's clock. */
@Repository
class WorkshopDao {

    private final DSLContext dsl;

    WorkshopDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The ids a plan refers to; null members where the code is unknown. */
    record PlanIds(Long branchId, ZoneId zone, Long needId, Long partnerId) {
    }

    PlanIds ids(WorkshopPlan plan) {
        Record branch = dsl.select(BRANCH.ID, BRANCH.TIME_ZONE).from(BRANCH)
                .where(BRANCH.CODE.eq(plan.branchCode())).and(BRANCH.RETIRED_AT.isNull()).fetchOne();
        Long needId = plan.needCode() == null ? null
                : dsl.select(NEED.ID).from(NEED).where(NEED.CODE.eq(plan.needCode())).and(NEED.PARENT_ID.isNull())
                        .fetchOne(NEED.ID);
        Long partnerId = plan.partnerCode() == null ? null
                : dsl.select(PARTNER.ID).from(PARTNER).where(PARTNER.CODE.eq(plan.partnerCode())).fetchOne(PARTNER.ID);
        return new PlanIds(branch == null ? null : branch.get(BRANCH.ID),
                branch == null ? null : ZoneId.of(branch.get(BRANCH.TIME_ZONE)), needId, partnerId);
    }

    List<Long> resourceIds(List<String> codes) {
        return codes.stream().map(code -> dsl.select(RESOURCE.ID).from(RESOURCE).where(RESOURCE.CODE.eq(code))
                .and(RESOURCE.RETIRED_AT.isNull()).fetchOne(RESOURCE.ID)).toList();
    }

    long insert(WorkshopPlan plan, PlanIds ids, List<Long> resourceIds, long staffUserId) {
        long id = dsl.insertInto(WORKSHOP)
                .set(WORKSHOP.BRANCH_ID, ids.branchId())
                .set(WORKSHOP.TITLE, plan.title())
                .set(WORKSHOP.NEED_ID, ids.needId())
                .set(WORKSHOP.LOCALE, plan.language().code())
                .set(WORKSHOP.STARTS_AT, utc(plan.startsAt(), ids.zone()))
                .set(WORKSHOP.SEATS, plan.seats())
                .set(WORKSHOP.PARTNER_ID, ids.partnerId())
                .set(WORKSHOP.CREATED_BY, staffUserId)
                .returning(WORKSHOP.ID).fetchOne().getId();
        resources(id, resourceIds);
        return id;
    }

    void update(long id, WorkshopPlan plan, PlanIds ids, List<Long> resourceIds) {
        dsl.update(WORKSHOP)
                .set(WORKSHOP.TITLE, plan.title())
                .set(WORKSHOP.NEED_ID, ids.needId())
                .set(WORKSHOP.LOCALE, plan.language().code())
                .set(WORKSHOP.STARTS_AT, utc(plan.startsAt(), ids.zone()))
                .set(WORKSHOP.SEATS, plan.seats())
                .set(WORKSHOP.PARTNER_ID, ids.partnerId())
                .set(WORKSHOP.VERSION, WORKSHOP.VERSION.plus(1))
                .where(WORKSHOP.ID.eq(id)).execute();
        dsl.deleteFrom(WORKSHOP_RESOURCE).where(WORKSHOP_RESOURCE.WORKSHOP_ID.eq(id)).execute();
        resources(id, resourceIds);
    }

    private void resources(long workshopId, List<Long> resourceIds) {
        for (int i = 0; i < resourceIds.size(); i++) {
            dsl.insertInto(WORKSHOP_RESOURCE).set(WORKSHOP_RESOURCE.WORKSHOP_ID, workshopId)
                    .set(WORKSHOP_RESOURCE.RESOURCE_ID, resourceIds.get(i)).set(WORKSHOP_RESOURCE.POSITION, i)
                    .execute();
        }
    }

    Optional<Workshop> find(long id) {
        return workshops(WORKSHOP.ID.eq(id)).stream().findFirst();
    }

    /** Locks the workshop's row for a command; its state as it is now. */
    Optional<WorkshopStatus> lock(long id) {
        return dsl.select(WORKSHOP.STATE).from(WORKSHOP).where(WORKSHOP.ID.eq(id)).forUpdate()
                .fetchOptional(r -> WorkshopStatus.valueOf(r.value1().name()));
    }

    Optional<String> branchOf(long id) {
        return dsl.select(BRANCH.CODE).from(WORKSHOP).join(BRANCH).on(BRANCH.ID.eq(WORKSHOP.BRANCH_ID))
                .where(WORKSHOP.ID.eq(id)).fetchOptional(BRANCH.CODE);
    }

    /** The branch's workshops starting in [from, to) (UTC), soonest first. */
    List<Workshop> between(String branchCode, LocalDateTime from, LocalDateTime to) {
        return workshops(BRANCH.CODE.eq(branchCode).and(WORKSHOP.STARTS_AT.ge(from)).and(WORKSHOP.STARTS_AT.lt(to)));
    }

    /** Workshops kiosks of the branch may join now, or planned ones starting in [from, until) (UTC). */
    List<Workshop> forKiosks(String branchCode, LocalDateTime from, LocalDateTime until) {
        return workshops(BRANCH.CODE.eq(branchCode).and(WORKSHOP.STATE.in(WorkshopState.OPEN, WorkshopState.RUNNING)
                .or(WORKSHOP.STATE.eq(WorkshopState.PLANNED).and(WORKSHOP.STARTS_AT.ge(from))
                        .and(WORKSHOP.STARTS_AT.lt(until)))));
    }

    Optional<Long> byCode(String joinCode) {
        return dsl.select(WORKSHOP.ID).from(WORKSHOP).where(WORKSHOP.JOIN_CODE.eq(joinCode))
                .and(WORKSHOP.STATE.in(WorkshopState.OPEN, WorkshopState.RUNNING)).fetchOptional(WORKSHOP.ID);
    }

    /** Gives the workshop a code; false when another open workshop has it (try another). */
    boolean open(long id, WorkshopStatus next, String code, LocalDateTime now) {
        try {
            return command(next).set(WORKSHOP.JOIN_CODE, code).set(WORKSHOP.OPENED_AT, now)
                    .where(WORKSHOP.ID.eq(id)).execute() == 1;
        } catch (DuplicateKeyException | DataAccessException e) {
            if (isDuplicate(e)) {
                return false;
            }
            throw e;
        }
    }

    void lead(long id, WorkshopStatus next, LeadTarget target) {
        command(next).set(WORKSHOP.LEAD_MODE, WorkshopLeadMode.LEAD)
                .set(WORKSHOP.LEAD_TARGET, target.text()).set(WORKSHOP.CURRENT_STEP, WORKSHOP.CURRENT_STEP.plus(1))
                .where(WORKSHOP.ID.eq(id)).execute();
    }

    void release(long id, WorkshopStatus next) {
        command(next).set(WORKSHOP.LEAD_MODE, WorkshopLeadMode.FREE)
                .where(WORKSHOP.ID.eq(id)).execute();
    }

    void lockScreens(long id, WorkshopStatus next, boolean locked) {
        command(next).set(WORKSHOP.SCREENS_LOCKED, locked).where(WORKSHOP.ID.eq(id)).execute();
    }

    void handedOut(long id, WorkshopStatus next, long resourceId) {
        command(next).set(WORKSHOP.HAND_OUT_RESOURCE_ID, resourceId)
                .set(WORKSHOP.HAND_OUT_COUNT, WORKSHOP.HAND_OUT_COUNT.plus(1)).where(WORKSHOP.ID.eq(id)).execute();
    }

    void close(long id, WorkshopStatus next, LocalDateTime now) {
        command(next).set(WORKSHOP.JOIN_CODE, (String) null).set(WORKSHOP.CLOSED_AT, now)
                .set(WORKSHOP.ENDS_AT, now).set(WORKSHOP.SCREENS_LOCKED, false)
                .set(WORKSHOP.LEAD_MODE, WorkshopLeadMode.FREE).where(WORKSHOP.ID.eq(id)).execute();
    }

    /** The branch's languages, in its order. */
    List<Language> languages(String branchCode) {
        return dsl.select(BRANCH_LANGUAGE.LOCALE).from(BRANCH_LANGUAGE).join(BRANCH)
                .on(BRANCH.ID.eq(BRANCH_LANGUAGE.BRANCH_ID)).where(BRANCH.CODE.eq(branchCode))
                .orderBy(BRANCH_LANGUAGE.POSITION)
                .fetch(r -> Language.fromCode(r.value1()).orElse(null)).stream()
                .filter(java.util.Objects::nonNull).toList();
    }

    /** Active partners of the branch, and those of no branch (department-wide), by name. */
    List<WorkshopChoices.Choice> partners(String branchCode) {
        return dsl.select(PARTNER.CODE, PARTNER.NAME).from(PARTNER).leftJoin(BRANCH)
                .on(BRANCH.ID.eq(PARTNER.BRANCH_ID))
                .where(PARTNER.RETIRED_AT.isNull()).and(PARTNER.BRANCH_ID.isNull().or(BRANCH.CODE.eq(branchCode)))
                .orderBy(PARTNER.NAME).fetch(r -> new WorkshopChoices.Choice(r.value1(), r.value2()));
    }

    /** Open or running workshops opened before {@code openedBefore} (UTC), with their branches. */
    List<Workshop> leftOpen(LocalDateTime openedBefore) {
        return workshops(WORKSHOP.STATE.in(WorkshopState.OPEN, WorkshopState.RUNNING)
                .and(WORKSHOP.OPENED_AT.lt(openedBefore)));
    }

    /** Closes a workshop left open; false when another node (or a librarian) closed it first. */
    boolean closeLeftOpen(long id, LocalDateTime now) {
        return dsl.update(WORKSHOP).set(WORKSHOP.STATE, WorkshopState.CLOSED).set(WORKSHOP.JOIN_CODE, (String) null)
                .set(WORKSHOP.CLOSED_AT, now).set(WORKSHOP.ENDS_AT, now).set(WORKSHOP.SCREENS_LOCKED, false)
                .set(WORKSHOP.LEAD_MODE, WorkshopLeadMode.FREE).set(WORKSHOP.VERSION, WORKSHOP.VERSION.plus(1))
                .where(WORKSHOP.ID.eq(id)).and(WORKSHOP.STATE.in(WorkshopState.OPEN, WorkshopState.RUNNING))
                .execute() == 1;
    }

    Long resourceId(String code) {
        return dsl.select(RESOURCE.ID).from(RESOURCE).where(RESOURCE.CODE.eq(code)).fetchOne(RESOURCE.ID);
    }

    private org.jooq.UpdateSetMoreStep<WorkshopRecord> command(WorkshopStatus next) {
        return dsl.update(WORKSHOP).set(WORKSHOP.STATE, WorkshopState.valueOf(next.name()))
                .set(WORKSHOP.VERSION, WORKSHOP.VERSION.plus(1));
    }

    private List<Workshop> workshops(Condition condition) {
        Field<List<String>> resources = multiset(select(RESOURCE.CODE).from(WORKSHOP_RESOURCE)
                .join(RESOURCE).on(RESOURCE.ID.eq(WORKSHOP_RESOURCE.RESOURCE_ID))
                .where(WORKSHOP_RESOURCE.WORKSHOP_ID.eq(WORKSHOP.ID)).orderBy(WORKSHOP_RESOURCE.POSITION))
                .convertFrom(r -> r.map(x -> x.value1()));
        var handOut = RESOURCE.as("hand_out");
        return dsl.select(WORKSHOP.ID, BRANCH.CODE, BRANCH.TIME_ZONE, WORKSHOP.TITLE, NEED.CODE, resources,
                        WORKSHOP.STARTS_AT, WORKSHOP.SEATS, WORKSHOP.LOCALE, PARTNER.CODE, PARTNER.NAME,
                        WORKSHOP.STATE, WORKSHOP.JOIN_CODE, WORKSHOP.LEAD_MODE, WORKSHOP.LEAD_TARGET,
                        WORKSHOP.CURRENT_STEP, WORKSHOP.SCREENS_LOCKED, handOut.CODE, WORKSHOP.HAND_OUT_COUNT,
                        WORKSHOP.VERSION)
                .from(WORKSHOP).join(BRANCH).on(BRANCH.ID.eq(WORKSHOP.BRANCH_ID))
                .leftJoin(NEED).on(NEED.ID.eq(WORKSHOP.NEED_ID))
                .leftJoin(PARTNER).on(PARTNER.ID.eq(WORKSHOP.PARTNER_ID))
                .leftJoin(handOut).on(handOut.ID.eq(WORKSHOP.HAND_OUT_RESOURCE_ID))
                .where(condition).orderBy(WORKSHOP.STARTS_AT, WORKSHOP.ID)
                .fetch(r -> new Workshop(r.value1(), r.value2(), r.value4(), r.value5(), r.value6(),
                        local(r.value7(), ZoneId.of(r.value3())), r.value8(),
                        Language.fromCode(r.value9()).orElse(Language.FR), r.value10(), r.value11(),
                        WorkshopStatus.valueOf(r.value12().name()), r.value13(), r.value14() == WorkshopLeadMode.LEAD,
                        LeadTarget.parse(r.value15()).orElse(null), r.value16(), r.value17(), r.value18(),
                        r.value19(), r.value20()));
    }

    static LocalDateTime utc(LocalDateTime local, ZoneId zone) {
        return local.atZone(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    static LocalDateTime local(LocalDateTime utc, ZoneId zone) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDateTime();
    }

    private static boolean isDuplicate(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLIntegrityConstraintViolationException
                    || t instanceof DuplicateKeyException) {
                return true;
            }
        }
        return false;
    }
}
