package fr.tremplin.admin;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.PARTNER;
import static fr.tremplin.core.db.jooq.Tables.STAFF_USER;
import static fr.tremplin.core.db.jooq.Tables.STAFF_USER_BRANCH;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import fr.tremplin.core.db.jooq.enums.StaffUserRole;
import fr.tremplin.core.security.StaffRole;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

@Repository
class StaffUserDao {

    private final DSLContext dsl;

    StaffUserDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<StaffAccount> findAll() {
        return accounts(org.jooq.impl.DSL.trueCondition());
    }

    Optional<StaffAccount> findById(long id) {
        return accounts(STAFF_USER.ID.eq(id)).stream().findFirst();
    }

    boolean usernameExists(String username) {
        return dsl.fetchExists(STAFF_USER, STAFF_USER.USERNAME.eq(username));
    }

    Set<String> existingBranchCodes() {
        return new HashSet<>(dsl.select(BRANCH.CODE).from(BRANCH).where(BRANCH.RETIRED_AT.isNull()).fetch(BRANCH.CODE));
    }

    long insert(StaffAccountForm form, String passwordHash, LocalDateTime now) {
        long id = dsl.insertInto(STAFF_USER).set(STAFF_USER.USERNAME, form.username())
                .set(STAFF_USER.DISPLAY_NAME, form.displayName()).set(STAFF_USER.PASSWORD_HASH, passwordHash)
                .set(STAFF_USER.ROLE, role(form.role())).set(STAFF_USER.CREATED_AT, now)
                .set(STAFF_USER.PASSWORD_CHANGED_AT, now).set(STAFF_USER.VERSION, 0)
                .set(STAFF_USER.PARTNER_ID, partnerId(form))
                .returningResult(STAFF_USER.ID).fetchOne().value1();
        replaceBranches(id, form.branchCodes());
        return id;
    }

    boolean update(long id, StaffAccountForm form, int expectedVersion) {
        int rows = dsl.update(STAFF_USER).set(STAFF_USER.DISPLAY_NAME, form.displayName())
                .set(STAFF_USER.ROLE, role(form.role())).set(STAFF_USER.VERSION, expectedVersion + 1)
                .set(STAFF_USER.PARTNER_ID, partnerId(form))
                .where(STAFF_USER.ID.eq(id)).and(STAFF_USER.VERSION.eq(expectedVersion)).execute();
        if (rows == 1) {
            replaceBranches(id, form.branchCodes());
        }
        return rows == 1;
    }

    boolean setDisabled(long id, LocalDateTime disabledAt, int expectedVersion) {
        return dsl.update(STAFF_USER).set(STAFF_USER.DISABLED_AT, disabledAt)
                .set(STAFF_USER.VERSION, expectedVersion + 1)
                .where(STAFF_USER.ID.eq(id)).and(STAFF_USER.VERSION.eq(expectedVersion)).execute() == 1;
    }

    /** A new password also lifts a lock. */
    void setPassword(long id, String passwordHash, LocalDateTime now) {
        dsl.update(STAFF_USER).set(STAFF_USER.PASSWORD_HASH, passwordHash).set(STAFF_USER.PASSWORD_CHANGED_AT, now)
                .set(STAFF_USER.FAILED_SIGN_INS, 0).setNull(STAFF_USER.LOCKED_UNTIL)
                .set(STAFF_USER.VERSION, STAFF_USER.VERSION.plus(1))
                .where(STAFF_USER.ID.eq(id)).execute();
    }

    /** The partners that are not retired: code and name, by name. */
    Map<String, String> activePartners() {
        Map<String, String> partners = new java.util.LinkedHashMap<>();
        dsl.select(PARTNER.CODE, PARTNER.NAME).from(PARTNER).where(PARTNER.RETIRED_AT.isNull()).orderBy(PARTNER.NAME)
                .forEach(r -> partners.put(r.value1(), r.value2()));
        return partners;
    }

    /** The codes of the partners that are not retired. */
    Set<String> activePartnerCodes() {
        return new HashSet<>(dsl.select(PARTNER.CODE).from(PARTNER).where(PARTNER.RETIRED_AT.isNull())
                .fetch(PARTNER.CODE));
    }

    private static Field<Long> partnerId(StaffAccountForm form) {
        return form.partnerCode() == null ? org.jooq.impl.DSL.inline(null, STAFF_USER.PARTNER_ID)
                : select(PARTNER.ID).from(PARTNER).where(PARTNER.CODE.eq(form.partnerCode())).asField();
    }

    private void replaceBranches(long id, Set<String> branchCodes) {
        dsl.deleteFrom(STAFF_USER_BRANCH).where(STAFF_USER_BRANCH.STAFF_USER_ID.eq(id)).execute();
        if (!branchCodes.isEmpty()) {
            dsl.insertInto(STAFF_USER_BRANCH, STAFF_USER_BRANCH.STAFF_USER_ID, STAFF_USER_BRANCH.BRANCH_ID)
                    .select(dsl.select(org.jooq.impl.DSL.val(id), BRANCH.ID).from(BRANCH)
                            .where(BRANCH.CODE.in(branchCodes)))
                    .execute();
        }
    }

    private List<StaffAccount> accounts(Condition condition) {
        Field<Set<String>> branches = multiset(select(BRANCH.CODE).from(STAFF_USER_BRANCH).join(BRANCH)
                .on(BRANCH.ID.eq(STAFF_USER_BRANCH.BRANCH_ID)).where(STAFF_USER_BRANCH.STAFF_USER_ID.eq(STAFF_USER.ID)))
                .convertFrom(r -> new HashSet<>(r.map(b -> b.value1())));
        return dsl.select(STAFF_USER.ID, STAFF_USER.USERNAME, STAFF_USER.DISPLAY_NAME, STAFF_USER.ROLE, branches,
                        STAFF_USER.DISABLED_AT, STAFF_USER.LOCKED_UNTIL, STAFF_USER.LAST_SIGN_IN_AT, STAFF_USER.VERSION,
                        PARTNER.CODE)
                .from(STAFF_USER).leftJoin(PARTNER).on(PARTNER.ID.eq(STAFF_USER.PARTNER_ID))
                .where(condition).orderBy(STAFF_USER.USERNAME)
                .fetch(r -> new StaffAccount(r.value1(), r.value2(), r.value3(), StaffRole.valueOf(r.value4().getLiteral()),
                        r.value5(), r.value6() != null, r.value7(), r.value8(), r.value9(), r.value10()));
    }

    private static StaffUserRole role(StaffRole role) {
        return StaffUserRole.valueOf(role.name());
    }
}
