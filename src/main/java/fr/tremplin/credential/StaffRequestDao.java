package fr.tremplin.credential;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.RESOURCE;
import static fr.tremplin.core.db.jooq.Tables.RESOURCE_TEXT;
import static fr.tremplin.core.db.jooq.Tables.STAFF_REQUEST;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;

import fr.tremplin.core.db.jooq.enums.StaffRequestState;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class StaffRequestDao {

    private final DSLContext dsl;

    StaffRequestDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Locks the branch's row: ticket numbers of one branch are drawn one after the other. */
    Long lockBranch(String branchCode) {
        return dsl.select(BRANCH.ID).from(BRANCH).where(BRANCH.CODE.eq(branchCode)).forUpdate().fetchOne(BRANCH.ID);
    }

    Long resourceId(String resourceCode) {
        return dsl.select(RESOURCE.ID).from(RESOURCE).where(RESOURCE.CODE.eq(resourceCode)).fetchOne(RESOURCE.ID);
    }

    Set<String> openTickets(long branchId) {
        return Set.copyOf(dsl.select(STAFF_REQUEST.TICKET_NUMBER).from(STAFF_REQUEST)
                .where(STAFF_REQUEST.BRANCH_ID.eq(branchId)).and(STAFF_REQUEST.STATE.eq(StaffRequestState.OPEN))
                .fetch(STAFF_REQUEST.TICKET_NUMBER));
    }

    void insert(long branchId, long resourceId, String ticket, byte[] sessionId, LocalDateTime now) {
        dsl.insertInto(STAFF_REQUEST)
                .set(STAFF_REQUEST.BRANCH_ID, branchId)
                .set(STAFF_REQUEST.RESOURCE_ID, resourceId)
                .set(STAFF_REQUEST.TICKET_NUMBER, ticket)
                .set(STAFF_REQUEST.PATRON_SESSION_ID, sessionId)
                .set(STAFF_REQUEST.REQUESTED_AT, now)
                .execute();
    }

    List<StaffRequest> open(Collection<String> branchCodes) {
        return dsl.select(STAFF_REQUEST.ID, BRANCH.CODE, STAFF_REQUEST.TICKET_NUMBER, RESOURCE.CODE,
                        coalesce(RESOURCE_TEXT.TITLE, RESOURCE.CODE), STAFF_REQUEST.REQUESTED_AT)
                .from(STAFF_REQUEST).join(BRANCH).on(BRANCH.ID.eq(STAFF_REQUEST.BRANCH_ID))
                .join(RESOURCE).on(RESOURCE.ID.eq(STAFF_REQUEST.RESOURCE_ID))
                .leftJoin(RESOURCE_TEXT).on(RESOURCE_TEXT.RESOURCE_ID.eq(RESOURCE.ID))
                .and(RESOURCE_TEXT.LOCALE.eq(inline("fr")))
                .where(branchCodes == null ? org.jooq.impl.DSL.trueCondition() : BRANCH.CODE.in(branchCodes))
                .and(STAFF_REQUEST.STATE.eq(StaffRequestState.OPEN))
                .orderBy(STAFF_REQUEST.REQUESTED_AT)
                .fetch(r -> new StaffRequest(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    String branchOf(long requestId) {
        return dsl.select(BRANCH.CODE).from(STAFF_REQUEST).join(BRANCH).on(BRANCH.ID.eq(STAFF_REQUEST.BRANCH_ID))
                .where(STAFF_REQUEST.ID.eq(requestId)).fetchOne(BRANCH.CODE);
    }

    boolean close(long requestId, StaffRequestState state, long staffUserId, LocalDateTime now) {
        return dsl.update(STAFF_REQUEST)
                .set(STAFF_REQUEST.STATE, state)
                .set(STAFF_REQUEST.HANDLED_BY, staffUserId)
                .set(STAFF_REQUEST.HANDLED_AT, now)
                .where(STAFF_REQUEST.ID.eq(requestId)).and(STAFF_REQUEST.STATE.eq(StaffRequestState.OPEN))
                .execute() == 1;
    }
}
