package fr.tremplin.core.audit;

import static fr.tremplin.core.db.jooq.Tables.AUDIT_ENTRY;
import static fr.tremplin.core.db.jooq.Tables.BRANCH;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class AuditDao {

    private final DSLContext dsl;

    AuditDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(long staffUserId, String username, LocalDateTime at, String action, String entityType,
            String entityKey, String branchCode, String before, String after) {
        dsl.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.STAFF_USER_ID, staffUserId).set(AUDIT_ENTRY.USERNAME, username)
                .set(AUDIT_ENTRY.OCCURRED_AT, at).set(AUDIT_ENTRY.ACTION, action)
                .set(AUDIT_ENTRY.ENTITY_TYPE, entityType).set(AUDIT_ENTRY.ENTITY_KEY, entityKey)
                .set(AUDIT_ENTRY.BRANCH_ID, branchCode == null ? null
                        : DSL.field(DSL.select(BRANCH.ID).from(BRANCH).where(BRANCH.CODE.eq(branchCode))))
                .set(AUDIT_ENTRY.BEFORE_STATE, before).set(AUDIT_ENTRY.AFTER_STATE, after)
                .execute();
    }

    /** @param branchCodes null for every entry, else only entries of these branches */
    List<AuditEntry> recent(Collection<String> branchCodes, int limit) {
        Condition scope = branchCodes == null ? DSL.trueCondition() : BRANCH.CODE.in(branchCodes);
        return dsl.select(AUDIT_ENTRY.ID, AUDIT_ENTRY.OCCURRED_AT, AUDIT_ENTRY.USERNAME, AUDIT_ENTRY.ACTION,
                        AUDIT_ENTRY.ENTITY_TYPE, AUDIT_ENTRY.ENTITY_KEY, BRANCH.CODE, AUDIT_ENTRY.BEFORE_STATE,
                        AUDIT_ENTRY.AFTER_STATE)
                .from(AUDIT_ENTRY).leftJoin(BRANCH).on(BRANCH.ID.eq(AUDIT_ENTRY.BRANCH_ID))
                .where(scope)
                .orderBy(AUDIT_ENTRY.OCCURRED_AT.desc(), AUDIT_ENTRY.ID.desc())
                .limit(limit)
                .fetch(r -> new AuditEntry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9()));
    }
}
