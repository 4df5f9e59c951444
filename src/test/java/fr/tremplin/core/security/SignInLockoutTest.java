package fr.tremplin.core.security;

import static fr.tremplin.core.db.jooq.Tables.STAFF_USER;
import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * Sign-in through the real filter chain: one answer for every refusal, lockout after five wrong passwords in a
 * row, a disabled account, a staff page. Each test signs in from addresses of its own (see StaffHttpClient).
 */
@TremplinTest
class SignInLockoutTest {

    private static final String REFUSED = "/staff/login?error";

    @LocalServerPort
    int port;
    @Autowired
    DSLContext dsl;

    StaffFixtures fixtures;
    Staff librarian;
    StaffHttpClient browser;

    @BeforeEach
    void account() {
        fixtures = new StaffFixtures(dsl);
        librarian = fixtures.create("lock", StaffRole.LIBRARIAN, "longwy");
        browser = new StaffHttpClient(port);
    }

    @AfterEach
    void cleanUp() {
        fixtures.cleanUp();
    }

    @Test
    void theRightPasswordSignsInAndTheWrongOneSaysSo() {
        assertThat(browser.signIn(librarian.username(), "wrong password!")).endsWith(REFUSED);
        assertThat(failures()).isEqualTo(1);
        assertThat(browser.signIn("t-nobody-at-all", StaffFixtures.PASSWORD)).endsWith(REFUSED);
        assertThat(browser.signIn(librarian.username().toUpperCase(), StaffFixtures.PASSWORD))
                .as("usernames are not case-sensitive").endsWith("/staff");
        assertThat(failures()).as("a success resets the count").isZero();
    }

    @Test
    void theFifthWrongPasswordInARowLocksTheAccountForFifteenMinutesEvenForTheRightOne() {
        // Four wrong passwords already, from elsewhere (one machine alone would be slowed down by the throttle).
        setFailures(4);
        assertThat(browser.signIn(librarian.username(), "wrong 5")).as("the same answer as any wrong password")
                .endsWith(REFUSED);
        LocalDateTime lockedUntil = dsl.select(STAFF_USER.LOCKED_UNTIL).from(STAFF_USER)
                .where(STAFF_USER.ID.eq(librarian.id())).fetchOne().value1();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        assertThat(lockedUntil).isBetween(now.plusMinutes(14), now.plusMinutes(16));

        assertThat(browser.signIn(librarian.username(), StaffFixtures.PASSWORD))
                .as("locked: even the right password gets the answer of a wrong one").endsWith(REFUSED);

        // Fifteen minutes later:
        dsl.update(STAFF_USER).set(STAFF_USER.LOCKED_UNTIL, LocalDateTime.now(ZoneOffset.UTC).minusSeconds(1))
                .where(STAFF_USER.ID.eq(librarian.id())).execute();
        assertThat(browser.signIn(librarian.username(), StaffFixtures.PASSWORD)).endsWith("/staff");
    }

    @Test
    void aDisabledAccountCannotSignInAndIsAnsweredAsAWrongPassword() {
        dsl.update(STAFF_USER).set(STAFF_USER.DISABLED_AT, LocalDateTime.now()).where(STAFF_USER.ID.eq(librarian.id()))
                .execute();
        assertThat(browser.signIn(librarian.username(), StaffFixtures.PASSWORD)).endsWith(REFUSED);
    }

    @Test
    void staffPagesNeedASignInWhileKioskPagesAndTheLoginViewDoNot() {
        assertThat(browser.get("/staff/offers").statusCode()).isEqualTo(302);
        assertThat(browser.get("/staff/offers").headers().firstValue("Location").orElseThrow())
                .endsWith("/staff/login");
        assertThat(browser.get("/kiosk/longwy").statusCode()).isEqualTo(200);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(browser.get("/staff/login").statusCode()).isEqualTo(200);
    }

    private int failures() {
        return dsl.select(STAFF_USER.FAILED_SIGN_INS).from(STAFF_USER).where(STAFF_USER.ID.eq(librarian.id()))
                .fetchOne().value1();
    }

    private void setFailures(int failures) {
        dsl.update(STAFF_USER).set(STAFF_USER.FAILED_SIGN_INS, failures).where(STAFF_USER.ID.eq(librarian.id()))
                .execute();
    }
}
