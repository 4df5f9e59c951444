package fr.tremplin.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tremplin.support.StaffFixtures;
import fr.tremplin.support.StaffFixtures.Staff;
import fr.tremplin.support.StaffHttpClient;
import fr.tremplin.support.TremplinTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Typing /login, as people do: the staff login view, and after signing in the staff home (not "/login"). */
@TremplinTest
class LoginPathTest {

    @LocalServerPort
    int port;
    @Autowired
    DSLContext dsl;

    @AfterEach
    void cleanUp() {
        new StaffFixtures(dsl).cleanUp();
    }

    @Test
    void slashLoginLeadsToTheStaffLoginAndSigningInLandsOnTheStaffHome() {
        Staff admin = new StaffFixtures(dsl).create("path", StaffRole.BRANCH_ADMIN, "longwy");
        StaffHttpClient browser = new StaffHttpClient(port);

        assertThat(StaffHttpClient.redirect(browser.get("/login"))).endsWith("/staff/login");
        assertThat(browser.get("/staff/login").statusCode()).isEqualTo(200);
        String landing = browser.signIn(admin.username(), StaffFixtures.PASSWORD);

        assertThat(landing).endsWith("/staff");
        assertThat(browser.get("/staff").statusCode()).isEqualTo(200);
    }

    @Test
    void aStaffPageAskedForBeforeSigningInIsWhereSigningInLands() {
        Staff admin = new StaffFixtures(dsl).create("path", StaffRole.BRANCH_ADMIN, "longwy");
        StaffHttpClient browser = new StaffHttpClient(port);

        assertThat(StaffHttpClient.redirect(browser.get("/staff/offers"))).endsWith("/staff/login");
        assertThat(browser.signIn(admin.username(), StaffFixtures.PASSWORD)).matches(".*/staff/offers(\\?continue)?");
    }
}
