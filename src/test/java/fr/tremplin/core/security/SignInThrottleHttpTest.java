package fr.tremplin.core.security;

import static fr.tremplin.core.db.jooq.Tables.STAFF_USER;
import static org.assertj.core.api.Assertions.assertThat;

import fr.tremplin.support.StaffFixtures;
import fr.tremplin.support.StaffFixtures.Staff;
import fr.tremplin.support.StaffHttpClient;
import fr.tremplin.support.TremplinTest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The throttle through the real filter chain: a throttled sign-in is refused before its password is checked. */
@TremplinTest
class SignInThrottleHttpTest {

    private static final Pattern WAIT = Pattern.compile("/staff/login\\?wait=(\\d+)$");

    @LocalServerPort
    int port;
    @Autowired
    DSLContext dsl;
    @Autowired
    StaffSecurityProperties properties;

    StaffFixtures fixtures;
    Staff librarian;

    @BeforeEach
    void createAccount() {
        fixtures = new StaffFixtures(dsl);
        librarian = fixtures.create("throttle", StaffRole.LIBRARIAN, "longwy");
    }

    @AfterEach
    void cleanUp() {
        fixtures.cleanUp();
    }

    @Test
    void afterThreeFailuresFromOneAddressTheNextTryWaitsFifteenSecondsEvenWithTheRightPassword() {
        StaffHttpClient browser = new StaffHttpClient(port);
        String token = browser.csrfToken();
        for (int i = 1; i <= 3; i++) {
            assertThat(StaffHttpClient.redirect(browser.post("t-unknown-" + i, "wrong password", token)))
                    .endsWith("/staff/login?error");
        }
        String answer = StaffHttpClient.redirect(browser.post(librarian.username(), StaffFixtures.PASSWORD, token));

        assertThat(waitSeconds(answer)).as(answer).isBetween(1L, 15L);
        assertThat(account()).as("not signed in, nothing counted: (failed sign-ins, last sign-in)")
                .containsExactly(0, false);
        assertThat(new StaffHttpClient(port).signIn(librarian.username(), StaffFixtures.PASSWORD))
                .as("another address is not concerned").endsWith("/staff");
    }

    @Test
    void afterThreeFailuresOnOneAccountFromAnyAddressesTheNextTryWaits() {
        for (int i = 1; i <= 3; i++) {
            assertThat(new StaffHttpClient(port).signIn(librarian.username(), "wrong " + i))
                    .endsWith("/staff/login?error");
        }
        String answer = new StaffHttpClient(port).signIn(librarian.username(), StaffFixtures.PASSWORD);

        assertThat(waitSeconds(answer)).as(answer).isBetween(1L, 5L);
        assertThat(account()).as("refused before the password was checked").containsExactly(3, false);
    }

    @Test
    void applicationYmlSaysTheNumbersTheOtherTestsCheck() {
        assertThat(properties).isEqualTo(new StaffSecurityProperties(null, null, null, null));
    }

    private static long waitSeconds(String location) {
        Matcher wait = WAIT.matcher(location);
        assertThat(wait.find()).as("a redirect asking to wait: " + location).isTrue();
        return Long.parseLong(wait.group(1));
    }

    /** (failed sign-ins, ever signed in). */
    private List<Object> account() {
        Record2<Integer, ?> row = dsl.select(STAFF_USER.FAILED_SIGN_INS, STAFF_USER.LAST_SIGN_IN_AT).from(STAFF_USER)
                .where(STAFF_USER.ID.eq(librarian.id())).fetchOne();
        return List.of(row.value1(), row.value2() != null);
    }
}
