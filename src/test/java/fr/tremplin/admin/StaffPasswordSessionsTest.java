package fr.tremplin.admin;

import static fr.tremplin.core.db.jooq.Tables.AUDIT_ENTRY;
import static fr.tremplin.core.db.jooq.Tables.STAFF_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tremplin.core.domain.InvalidInputException;
import fr.tremplin.core.security.CurrentPassword;
import fr.tremplin.core.security.StaffAccess;
import fr.tremplin.core.security.StaffPrincipal;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.support.StaffFixtures;
import fr.tremplin.support.StaffFixtures.Staff;
import fr.tremplin.support.StaffHttpClient;
import fr.tremplin.support.TremplinTest;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A new password ends sessions: all of the person's when an admin sets it, all but the current one when they change
 * it themselves; on every node, since the check reads the database. Sessions here are real HTTP sessions signed in
 * through the login form; the acting user is signed in for the test's thread, as a Vaadin request would be.
 */
@TremplinTest
class StaffPasswordSessionsTest {

    private static final String NEW_PASSWORD = "a fresh password of mine";

    @LocalServerPort
    int port;
    @Autowired
    DSLContext dsl;
    @Autowired
    StaffUserService users;
    @Autowired
    StaffAccess access;

    StaffFixtures fixtures;
    Staff librarian;

    @BeforeEach
    void account() {
        fixtures = new StaffFixtures(dsl);
        librarian = fixtures.create("sessions", StaffRole.LIBRARIAN, "longwy");
    }

    @AfterEach
    void cleanUp() {
        fixtures.cleanUp();
    }

    @Test
    void aPasswordSetByAnAdminEndsEverySessionOfThatPerson() {
        StaffHttpClient office = signedIn(StaffFixtures.PASSWORD);
        StaffHttpClient tablet = signedIn(StaffFixtures.PASSWORD);

        StaffFixtures.signIn(fixtures.create("resetter", StaffRole.BRANCH_ADMIN, "longwy"));
        users.resetPassword(librarian.id(), NEW_PASSWORD);

        assertSignedOut(office);
        assertSignedOut(tablet);
        assertThat(new StaffHttpClient(port).signIn(librarian.username(), NEW_PASSWORD)).endsWith("/staff");
    }

    @Test
    void aPasswordSetOnAnotherNodeEndsTheSessionHere() {
        StaffHttpClient office = signedIn(StaffFixtures.PASSWORD);

        // What another node's reset leaves in the shared database; this node's memory knows nothing of it.
        dsl.update(STAFF_USER).set(STAFF_USER.PASSWORD_CHANGED_AT, LocalDateTime.now(ZoneOffset.UTC))
                .where(STAFF_USER.ID.eq(librarian.id())).execute();

        assertSignedOut(office);
    }

    @Test
    void aDisabledAccountsSessionsEnd() {
        StaffHttpClient office = signedIn(StaffFixtures.PASSWORD);

        dsl.update(STAFF_USER).set(STAFF_USER.DISABLED_AT, LocalDateTime.now(ZoneOffset.UTC))
                .where(STAFF_USER.ID.eq(librarian.id())).execute();

        assertSignedOut(office);
    }

    @Test
    void changingOnesOwnPasswordEndsOnesOtherSessionsAndKeepsThisOne() {
        StaffHttpClient otherPc = signedIn(StaffFixtures.PASSWORD);
        StaffFixtures.signIn(librarian);

        users.changeOwnPassword(StaffFixtures.PASSWORD, NEW_PASSWORD);

        assertSignedOut(otherPc);
        assertThat(access.current().id()).as("this session goes on").isEqualTo(librarian.id());
        assertThat(((StaffPrincipal) SecurityContextHolder.getContext().getAuthentication().getPrincipal())
                .passwordChangedAt()).isEqualTo(passwordChangedAt());
        assertThat(new StaffHttpClient(port).signIn(librarian.username(), NEW_PASSWORD)).endsWith("/staff");
        assertThat(dsl.select(AUDIT_ENTRY.ACTION).from(AUDIT_ENTRY).where(AUDIT_ENTRY.STAFF_USER_ID
                .eq(librarian.id())).fetch(AUDIT_ENTRY.ACTION)).containsExactly("STAFF_PASSWORD_CHANGED");
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() {
        StaffHttpClient otherPc = signedIn(StaffFixtures.PASSWORD);
        StaffFixtures.signIn(librarian);
        String hashBefore = passwordHash();

        assertThatThrownBy(() -> users.changeOwnPassword("not my password", NEW_PASSWORD))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(CurrentPassword.FIELD);
                    assertThat(e.messageKey()).isEqualTo("staff.password.current-wrong");
                });

        assertThat(passwordHash()).isEqualTo(hashBefore);
        assertThat(otherPc.get("/staff").statusCode()).as("the other session goes on").isEqualTo(200);
        assertThat(dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.STAFF_USER_ID.eq(librarian.id()))).isZero();
    }

    @Test
    void anAdminSetsOwnPasswordOnlyWithTheCurrentOne() {
        Staff admin = fixtures.create("self", StaffRole.DEPARTMENT_ADMIN);
        StaffFixtures.signIn(admin);
        assertThatThrownBy(() -> users.resetPassword(admin.id(), NEW_PASSWORD))
                .isInstanceOf(AccessDeniedException.class);
    }

    private StaffHttpClient signedIn(String password) {
        StaffHttpClient browser = new StaffHttpClient(port);
        assertThat(browser.signIn(librarian.username(), password)).endsWith("/staff");
        assertThat(browser.get("/staff").statusCode()).isEqualTo(200);
        return browser;
    }

    private static void assertSignedOut(StaffHttpClient browser) {
        assertThat(StaffHttpClient.redirect(browser.get("/staff"))).as("signed out: back to the login view")
                .endsWith("/staff/login");
    }

    private LocalDateTime passwordChangedAt() {
        return dsl.select(STAFF_USER.PASSWORD_CHANGED_AT).from(STAFF_USER).where(STAFF_USER.ID.eq(librarian.id()))
                .fetchOne().value1();
    }

    private String passwordHash() {
        return dsl.select(STAFF_USER.PASSWORD_HASH).from(STAFF_USER).where(STAFF_USER.ID.eq(librarian.id()))
                .fetchOne().value1();
    }
}
