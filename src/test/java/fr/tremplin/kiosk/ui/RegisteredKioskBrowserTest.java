package fr.tremplin.kiosk.ui;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.HELP_CALL;
import static fr.tremplin.core.db.jooq.Tables.PATRON_SESSION;
import static org.assertj.core.api.Assertions.assertThat;

import fr.tremplin.admin.KioskService;
import fr.tremplin.admin.NewKiosk;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.kiosk.PatronSessionService;
import fr.tremplin.support.BrowserTest;
import fr.tremplin.support.StaffFixtures;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A kiosk PC opened on its registration link counts its patron sessions for its branch and kiosk. */
class RegisteredKioskBrowserTest extends BrowserTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    PatronSessionService sessions;
    @Autowired
    KioskService kiosks;

    StaffFixtures fixtures;
    NewKiosk kiosk;

    @BeforeEach
    void registerAKiosk() {
        fixtures = new StaffFixtures(dsl);
        StaffFixtures.signIn(fixtures.create("reg", StaffRole.BRANCH_ADMIN, "longwy"));
        kiosk = kiosks.register("longwy", "Borne test");
        StaffFixtures.signOut();
    }

    @AfterEach
    void removeIt() {
        sessions.flush();
        dsl.deleteFrom(HELP_CALL).where(HELP_CALL.KIOSK_ID.eq(kiosk.kiosk().id())).execute();
        dsl.deleteFrom(PATRON_SESSION).where(PATRON_SESSION.KIOSK_ID.eq(kiosk.kiosk().id())).execute();
        fixtures.cleanUp();
    }

    @Test
    void sessionsOfTheRegisteredPcCountForItsKiosk() {
        page.navigate(url(kiosk.registrationPath()));
        page.waitForURL("**/kiosk/longwy");
        waitForVaadin();
        tap("lang-fr");
        tap("need-JOB");

        assertThat(lastSessionKiosk("longwy")).isEqualTo(kiosk.kiosk().id());
    }

    @Test
    void anotherBranchsKioskPageCountsAsUnregistered() {
        page.navigate(url(kiosk.registrationPath()));
        page.waitForURL("**/kiosk/longwy");
        open("/kiosk/frouard");
        tap("lang-fr");

        assertThat(lastSessionKiosk("frouard")).isNull();
    }

    @Test
    void theRegistrationLinkForwardsTheLaunchersPortAndNothingElse() {
        page.navigate(url(kiosk.registrationPath() + "?launcher=8642"));
        page.waitForURL("**/kiosk/longwy?launcher=8642");
        page.navigate(url(kiosk.registrationPath() + "?launcher=javascript:alert(1)"));
        page.waitForURL("**/kiosk/longwy");
        assertThat(page.url()).doesNotContain("launcher");
    }

    private Long lastSessionKiosk(String branch) {
        sessions.flush();
        return dsl.select(PATRON_SESSION.KIOSK_ID).from(PATRON_SESSION).join(BRANCH)
                .on(BRANCH.ID.eq(PATRON_SESSION.BRANCH_ID)).where(BRANCH.CODE.eq(branch))
                .orderBy(PATRON_SESSION.STARTED_AT.desc()).limit(1).fetchOne(PATRON_SESSION.KIOSK_ID);
    }
}
