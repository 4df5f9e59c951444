package fr.tremplin.core.security;

import static fr.tremplin.core.db.jooq.Tables.STAFF_USER;
import static org.assertj.core.api.Assertions.assertThat;

import fr.tremplin.support.StaffFixtures;
import fr.tremplin.support.StaffFixtures.Staff;
import fr.tremplin.support.TremplinTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Sign-in through the real filter chain: wrong passwords, lockout after five, a disabled account, a staff page. */
@TremplinTest
class SignInLockoutTest {

    @LocalServerPort
    int port;
    @Autowired
    DSLContext dsl;

    StaffFixtures fixtures;
    Staff librarian;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void account() {
        fixtures = new StaffFixtures(dsl);
        librarian = fixtures.create("lock", StaffRole.LIBRARIAN, "longwy");
    }

    @AfterEach
    void cleanUp() {
        fixtures.cleanUp();
    }

    @Test
    void theRightPasswordSignsInAndTheWrongOneSaysSo() throws Exception {
        assertThat(signIn(librarian.username(), "wrong password!")).endsWith("/staff/login?error");
        assertThat(signIn("t-nobody-at-all", StaffFixtures.PASSWORD)).endsWith("/staff/login?error");
        assertThat(signIn(librarian.username(), StaffFixtures.PASSWORD)).endsWith("/staff");
        assertThat(failures()).as("a success resets the count").isZero();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutesEvenForTheRightOne() throws Exception {
        for (int i = 1; i <= 4; i++) {
            assertThat(signIn(librarian.username(), "wrong " + i)).endsWith("?error");
        }
        assertThat(signIn(librarian.username(), "wrong 5")).endsWith("?locked");
        LocalDateTime lockedUntil = dsl.select(STAFF_USER.LOCKED_UNTIL).from(STAFF_USER)
                .where(STAFF_USER.ID.eq(librarian.id())).fetchOne().value1();
        assertThat(lockedUntil).isBetween(LocalDateTime.now(java.time.ZoneOffset.UTC).plusMinutes(14),
                LocalDateTime.now(java.time.ZoneOffset.UTC).plusMinutes(16));

        assertThat(signIn(librarian.username(), StaffFixtures.PASSWORD)).as("locked: even the right password")
                .endsWith("?locked");

        // Fifteen minutes later:
        dsl.update(STAFF_USER).set(STAFF_USER.LOCKED_UNTIL, LocalDateTime.now(java.time.ZoneOffset.UTC).minusSeconds(1))
                .where(STAFF_USER.ID.eq(librarian.id())).execute();
        assertThat(signIn(librarian.username(), StaffFixtures.PASSWORD)).endsWith("/staff");
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        dsl.update(STAFF_USER).set(STAFF_USER.DISABLED_AT, LocalDateTime.now()).where(STAFF_USER.ID.eq(librarian.id()))
                .execute();
        assertThat(signIn(librarian.username(), StaffFixtures.PASSWORD)).endsWith("?error");
    }

    @Test
    void staffPagesNeedASignInWhileKioskPagesAndTheLoginViewDoNot() throws Exception {
        assertThat(get("/staff/offers").statusCode()).isEqualTo(302);
        assertThat(get("/staff/offers").headers().firstValue("Location").orElseThrow()).endsWith("/staff/login");
        assertThat(get("/kiosk/longwy").statusCode()).isEqualTo(200);
        assertThat(get("/").statusCode()).isEqualTo(200);
        assertThat(get("/staff/login").statusCode()).isEqualTo(200);
    }

    private int failures() {
        return dsl.select(STAFF_USER.FAILED_SIGN_INS).from(STAFF_USER).where(STAFF_USER.ID.eq(librarian.id()))
                .fetchOne().value1();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** @return where the sign-in redirects to */
    private String signIn(String username, String password) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/staff/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }
}
