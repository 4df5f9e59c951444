package fr.tremplin.core.security;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.STAFF_USER;
import static fr.tremplin.core.db.jooq.Tables.STAFF_USER_BRANCH;

import fr.tremplin.core.db.jooq.enums.StaffUserRole;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.springframework.stereotype.Repository;

/** What sign-in and access checks read and write of staff accounts. */
@Repository
class StaffAccountDao {

    private static final List<Field<?>> SIGN_IN_FIELDS = List.of(STAFF_USER.ID, STAFF_USER.USERNAME, STAFF_USER.ROLE,
            STAFF_USER.PASSWORD_HASH, STAFF_USER.FAILED_SIGN_INS, STAFF_USER.LOCKED_UNTIL, STAFF_USER.DISABLED_AT,
            STAFF_USER.PASSWORD_CHANGED_AT);

    private final DSLContext dsl;

    StaffAccountDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Without any lock: the password is checked on this, outside any transaction. */
    Optional<SignInAccount> findForSignIn(String username) {
        return signIn().where(STAFF_USER.USERNAME.eq(username)).fetchOptional(StaffAccountDao::signInAccount);
    }

    /** Locks the row until the end of the transaction, so that parallel outcomes are recorded one by one. */
    Optional<SignInAccount> lockForSignIn(long id) {
        return signIn().where(STAFF_USER.ID.eq(id)).forUpdate().fetchOptional(StaffAccountDao::signInAccount);
    }

    void recordFailure(long id, int failedSignIns, LocalDateTime lockedUntil) {
        dsl.update(STAFF_USER).set(STAFF_USER.FAILED_SIGN_INS, failedSignIns).set(STAFF_USER.LOCKED_UNTIL, lockedUntil)
                .where(STAFF_USER.ID.eq(id)).execute();
    }

    void recordSuccess(long id, LocalDateTime now) {
        dsl.update(STAFF_USER).set(STAFF_USER.FAILED_SIGN_INS, 0).setNull(STAFF_USER.LOCKED_UNTIL)
                .set(STAFF_USER.LAST_SIGN_IN_AT, now).where(STAFF_USER.ID.eq(id)).execute();
    }

    Optional<String> passwordHash(long id) {
        return dsl.select(STAFF_USER.PASSWORD_HASH).from(STAFF_USER).where(STAFF_USER.ID.eq(id))
                .fetchOptional(STAFF_USER.PASSWORD_HASH);
    }

    /** Whether a session signed in when the password was last changed at {@code passwordChangedAt} still holds. */
    boolean sessionHolds(long id, LocalDateTime passwordChangedAt) {
        return dsl.fetchExists(STAFF_USER, STAFF_USER.ID.eq(id), STAFF_USER.DISABLED_AT.isNull(),
                STAFF_USER.PASSWORD_CHANGED_AT.isNotDistinctFrom(passwordChangedAt));
    }

    /**
     * The account with its current role and branches, unless it is disabled or its password changed since
     * {@code passwordChangedAt} (the value the session signed in with).
     */
    Optional<StaffUser> findSignedIn(long id, LocalDateTime passwordChangedAt) {
        return dsl.selectFrom(STAFF_USER).where(STAFF_USER.ID.eq(id)).and(STAFF_USER.DISABLED_AT.isNull())
                .and(STAFF_USER.PASSWORD_CHANGED_AT.isNotDistinctFrom(passwordChangedAt))
                .fetchOptional()
                .map(user -> new StaffUser(user.getId(), user.getUsername(), user.getDisplayName(),
                        StaffRole.valueOf(user.getRole().getLiteral()),
                        new HashSet<>(dsl.select(BRANCH.CODE).from(STAFF_USER_BRANCH)
                                .join(BRANCH).on(BRANCH.ID.eq(STAFF_USER_BRANCH.BRANCH_ID))
                                .where(STAFF_USER_BRANCH.STAFF_USER_ID.eq(id)).fetch(BRANCH.CODE))));
    }

    int count() {
        return dsl.fetchCount(STAFF_USER);
    }

    void insertDepartmentAdmin(String username, String passwordHash, LocalDateTime now) {
        dsl.insertInto(STAFF_USER).set(STAFF_USER.USERNAME, username).set(STAFF_USER.PASSWORD_HASH, passwordHash)
                .set(STAFF_USER.ROLE, StaffUserRole.DEPARTMENT_ADMIN).set(STAFF_USER.CREATED_AT, now)
                .set(STAFF_USER.PASSWORD_CHANGED_AT, now).execute();
    }

    private SelectJoinStep<Record> signIn() {
        return dsl.select(SIGN_IN_FIELDS).from(STAFF_USER);
    }

    private static SignInAccount signInAccount(Record r) {
        return new SignInAccount(r.get(STAFF_USER.ID), r.get(STAFF_USER.USERNAME),
                StaffRole.valueOf(r.get(STAFF_USER.ROLE).getLiteral()), r.get(STAFF_USER.PASSWORD_HASH),
                r.get(STAFF_USER.FAILED_SIGN_INS), r.get(STAFF_USER.LOCKED_UNTIL),
                r.get(STAFF_USER.DISABLED_AT) != null, r.get(STAFF_USER.PASSWORD_CHANGED_AT));
    }
}
