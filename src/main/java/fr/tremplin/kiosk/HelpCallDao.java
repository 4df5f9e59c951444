package fr.tremplin.kiosk;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.HELP_CALL;
import static fr.tremplin.core.db.jooq.Tables.KIOSK;
import static fr.tremplin.core.db.jooq.Tables.STAFF_USER;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

import fr.tremplin.core.db.jooq.enums.HelpCallState;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class HelpCallDao {

    private final DSLContext dsl;

    HelpCallDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    record CallRef(long id, String branchCode, String key) {
    }

    boolean insert(String branchCode, Long kioskId, PatronSessionId sessionId, LocalDateTime now, String key) {
        return dsl.insertInto(HELP_CALL)
                .columns(HELP_CALL.BRANCH_ID, HELP_CALL.KIOSK_ID, HELP_CALL.PATRON_SESSION_ID, HELP_CALL.CALLED_AT,
                        HELP_CALL.CALL_KEY)
                .select(select(BRANCH.ID, val(kioskId), val(sessionId == null ? null : sessionId.bytes()), val(now),
                        val(key)).from(BRANCH).where(BRANCH.CODE.eq(branchCode)))
                .execute() == 1;
    }

    boolean takenByKey(String key) {
        return dsl.fetchExists(HELP_CALL, HELP_CALL.CALL_KEY.eq(key).and(HELP_CALL.STATE.ne(HelpCallState.OPEN)));
    }

    Optional<CallRef> find(long id) {
        return dsl.select(HELP_CALL.ID, BRANCH.CODE, HELP_CALL.CALL_KEY).from(HELP_CALL).join(BRANCH)
                .on(BRANCH.ID.eq(HELP_CALL.BRANCH_ID)).where(HELP_CALL.ID.eq(id))
                .fetchOptional(r -> new CallRef(r.value1(), r.value2(), r.value3()));
    }

    /** Open calls of the last day, and calls taken since {@code takenSince} and not closed. */
    List<HelpCall> onDesk(String branchCode, LocalDateTime takenSince, LocalDateTime now) {
        return dsl.select(HELP_CALL.ID, BRANCH.CODE, KIOSK.LABEL, HELP_CALL.CALLED_AT, STAFF_USER.DISPLAY_NAME,
                        STAFF_USER.USERNAME, HELP_CALL.TAKEN_AT)
                .from(HELP_CALL).join(BRANCH).on(BRANCH.ID.eq(HELP_CALL.BRANCH_ID))
                .leftJoin(KIOSK).on(KIOSK.ID.eq(HELP_CALL.KIOSK_ID))
                .leftJoin(STAFF_USER).on(STAFF_USER.ID.eq(HELP_CALL.TAKEN_BY))
                .where(BRANCH.CODE.eq(branchCode))
                .and(HELP_CALL.CALLED_AT.gt(now.minusDays(1)))
                .and(HELP_CALL.STATE.eq(HelpCallState.OPEN)
                        .or(HELP_CALL.STATE.eq(HelpCallState.TAKEN).and(HELP_CALL.TAKEN_AT.gt(takenSince))))
                // Calls waiting for someone first, then those taken.
                .orderBy(HELP_CALL.STATE.eq(HelpCallState.OPEN).desc(), HELP_CALL.CALLED_AT, HELP_CALL.ID)
                .fetch(r -> new HelpCall(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5() == null ? r.value6() : r.value5(), r.value7()));
    }

    boolean take(long id, long staffUserId, LocalDateTime now) {
        return dsl.update(HELP_CALL).set(HELP_CALL.STATE, HelpCallState.TAKEN).set(HELP_CALL.TAKEN_BY, staffUserId)
                .set(HELP_CALL.TAKEN_AT, now).where(HELP_CALL.ID.eq(id)).and(HELP_CALL.STATE.eq(HelpCallState.OPEN))
                .execute() == 1;
    }

    boolean close(long id, LocalDateTime now) {
        return dsl.update(HELP_CALL).set(HELP_CALL.STATE, HelpCallState.CLOSED).set(HELP_CALL.CLOSED_AT, now)
                .where(HELP_CALL.ID.eq(id)).and(HELP_CALL.STATE.ne(HelpCallState.CLOSED)).execute() == 1;
    }
}
