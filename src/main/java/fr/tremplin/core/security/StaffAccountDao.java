package fr.tremplin.core.security;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.STAFF_USER;
import static fr.tremplin.core.db.jooq.Tables.STAFF_USER_BRANCH;

import fr.tremplin.core.db.jooq.enums.StaffUserRole;
import fr.tremplin.core.db.jooq.tables.records.StaffUserRecord;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** What sign-in and access checks read and write of staff accounts. */
@Repository
class StaffAccountDao {

    private final DSLContext dsl;

    StaffAccountDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<StaffUserRecord> findByUsernameForUpdate(String username) {
        return dsl.selectFrom(STAFF_USER).where(STAFF_USER.USERNAME.eq(username)).forUpdate().fetchOptional();
    }

    /** The account with its current role and branches, unless it is disabled. */
    Optional<StaffUser> findEnabled(long id) {
        return dsl.selectFrom(STAFF_USER).where(STAFF_USER.ID.eq(id)).and(STAFF_USER.DISABLED_AT.isNull())
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
}
