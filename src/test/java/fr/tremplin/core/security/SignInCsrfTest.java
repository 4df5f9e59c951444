package fr.tremplin.core.security;

import static fr.tremplin.core.db.jooq.Tables.STAFF_USER;
import static org.assertj.core.api.Assertions.assertThat;

import fr.tremplin.support.StaffFixtures;
import fr.tremplin.support.StaffFixtures.Staff;
import fr.tremplin.support.StaffHttpClient;
import fr.tremplin.support.TremplinTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The login form is protected against cross-site posts (Vaadin's configurer alone would exempt it): a sign-in
 * without the token of the poster's own session is refused before anything is checked or counted.
 */
@TremplinTest
class SignInCsrfTest {

    @LocalServerPort
    int port;
    @Autowired
    DSLContext dsl;

    StaffFixtures fixtures;
    Staff librarian;

    @BeforeEach
    void account() {
        fixtures = new StaffFixtures(dsl);
        librarian = fixtures.create("csrf", StaffRole.LIBRARIAN, "longwy");
    }

    @AfterEach
    void cleanUp() {
        fixtures.cleanUp();
    }

    @Test
    void aSignInWithoutItsSessionsTokenIsRefusedAndCountsNothing() {
        StaffHttpClient browser = new StaffHttpClient(port);
        String othersToken = new StaffHttpClient(port).csrfToken();
        browser.csrfToken();

        for (String token : new String[] {null, "not-a-token", othersToken}) {
            for (String password : new String[] {StaffFixtures.PASSWORD, "wrong password"}) {
                var answer = browser.post(librarian.username(), password, token);
                assertThat(answer.statusCode()).as("token " + token + ", password " + password).isEqualTo(403);
                assertThat(answer.body()).as("a stale page is sent back to a fresh login view")
                        .contains("staff/login?expired");
            }
        }
        assertThat(browser.get("/staff").statusCode()).as("not signed in").isEqualTo(302);
        assertThat(dsl.select(STAFF_USER.FAILED_SIGN_INS, STAFF_USER.LAST_SIGN_IN_AT).from(STAFF_USER)
                .where(STAFF_USER.ID.eq(librarian.id())).fetchOne().intoList()).containsExactly(0, null);
        assertThat(browser.signIn(librarian.username(), StaffFixtures.PASSWORD))
                .as("six refused posts from this address: not throttled, they were not tries")
                .matches(".*/staff(\\?continue)?");
    }

    @Test
    void theTokenOfTheLoginPageSignsIn() {
        StaffHttpClient browser = new StaffHttpClient(port);
        String token = browser.csrfToken();
        assertThat(StaffHttpClient.redirect(browser.post(librarian.username(), StaffFixtures.PASSWORD, token)))
                .endsWith("/staff");
        assertThat(browser.get("/staff").statusCode()).isEqualTo(200);
    }
}
