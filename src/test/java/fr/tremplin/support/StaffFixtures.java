package fr.tremplin.support;

import static fr.tremplin.core.db.jooq.Tables.AUDIT_ENTRY;
import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.HELP_CALL;
import static fr.tremplin.core.db.jooq.Tables.PATRON_SESSION;
import static fr.tremplin.core.db.jooq.Tables.WORKSHOP;
import static fr.tremplin.core.db.jooq.Tables.WORKSHOP_SEAT;
import static fr.tremplin.core.db.jooq.Tables.KIOSK;
import static fr.tremplin.core.db.jooq.Tables.STAFF_USER;
import static fr.tremplin.core.db.jooq.Tables.STAFF_USER_BRANCH;

import fr.tremplin.core.db.jooq.enums.StaffUserRole;
import fr.tremplin.core.security.StaffPrincipal;
import fr.tremplin.core.security.StaffRole;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Staff accounts for tests: created straight in the database (usernames start with "t-"), signed in by putting an
 * Authentication in the SecurityContextHolder, and removed with what they made (audit entries, kiosks).
 */
public final class StaffFixtures {

    public static final String PASSWORD = "correct horse battery staple";
    public static final String PREFIX = "t-";
    /** One hash for every fixture account: BCrypt is slow on purpose. */
    private static final String HASH = new BCryptPasswordEncoder(4).encode(PASSWORD);

    private final DSLContext dsl;

    public StaffFixtures(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record Staff(long id, String username, StaffRole role) {
    }

    public Staff create(String name, StaffRole role, String... branchCodes) {
        String username = PREFIX + name + "-" + UUID.randomUUID().toString().substring(0, 8);
        long id = dsl.insertInto(STAFF_USER).set(STAFF_USER.USERNAME, username).set(STAFF_USER.PASSWORD_HASH, HASH)
                .set(STAFF_USER.ROLE, StaffUserRole.valueOf(role.name())).set(STAFF_USER.CREATED_AT, LocalDateTime.now())
                .returningResult(STAFF_USER.ID).fetchOne().value1();
        for (String code : branchCodes) {
            dsl.insertInto(STAFF_USER_BRANCH).set(STAFF_USER_BRANCH.STAFF_USER_ID, id)
                    .set(STAFF_USER_BRANCH.BRANCH_ID, dsl.select(BRANCH.ID).from(BRANCH).where(BRANCH.CODE.eq(code))
                            .fetchOne().value1())
                    .execute();
        }
        return new Staff(id, username, role);
    }

    /**
     * Signs in as this staff user for the current thread, as Spring Security's form login would: with the password
     * the fixture was created with (never changed, so no {@code password_changed_at}).
     */
    public static void signIn(Staff staff) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new StaffPrincipal(staff.id(), staff.username(), null), null,
                List.of(new SimpleGrantedAuthority(staff.role().authority()))));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Removes every test account ("t-..."), with the audit entries, kiosks and workshops they made. */
    public void cleanUp() {
        signOut();
        List<Long> ids = dsl.select(STAFF_USER.ID).from(STAFF_USER).where(STAFF_USER.USERNAME.startsWith(PREFIX))
                .fetch(STAFF_USER.ID);
        dsl.deleteFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.STAFF_USER_ID.in(ids)).execute();
        // Workshops they planned (with their seats), and the calls they took.
        var workshops = dsl.select(WORKSHOP.ID).from(WORKSHOP).where(WORKSHOP.CREATED_BY.in(ids));
        var seats = dsl.select(WORKSHOP_SEAT.ID).from(WORKSHOP_SEAT).where(WORKSHOP_SEAT.WORKSHOP_ID.in(workshops));
        dsl.update(PATRON_SESSION).setNull(PATRON_SESSION.WORKSHOP_SEAT_ID)
                .where(PATRON_SESSION.WORKSHOP_SEAT_ID.in(seats)).execute();
        dsl.deleteFrom(WORKSHOP).where(WORKSHOP.CREATED_BY.in(ids)).execute();
        dsl.update(HELP_CALL).setNull(HELP_CALL.TAKEN_BY).where(HELP_CALL.TAKEN_BY.in(ids)).execute();
        dsl.deleteFrom(KIOSK).where(KIOSK.REGISTERED_BY.in(ids)).execute();
        dsl.deleteFrom(STAFF_USER).where(STAFF_USER.ID.in(ids)).execute();
    }
}
