package fr.tremplin.kiosk.ui;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.PATRON_SESSION;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.WaitForSelectorState;
import fr.tremplin.core.db.EmbeddedMariaDb;
import fr.tremplin.core.db.jooq.enums.PatronSessionEndReason;
import fr.tremplin.kiosk.PatronSessionService;
import fr.tremplin.support.BrowserTest;
import fr.tremplin.support.FrozenDatabase;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;

/**
 * The database frozen (SIGSTOP) under kiosks, as a hung server would be: patrons see, in their language, that
 * Tremplin is resting, never a blank page; the idle reset still clears the screen; when the database answers
 * again, the kiosk comes back by itself, without a reload, and the kiosk log has lost nothing.
 */
class DatabaseOutageBrowserTest extends BrowserTest {

    /** Connection timeout, probe and poll periods, and the machine's slowness, with room to spare. */
    private static final double COMES_BACK_MS = 20_000;

    @Autowired
    CacheManager caches;
    @Autowired
    PatronSessionService sessions;
    @Autowired
    DSLContext dsl;
    @Autowired
    EmbeddedMariaDb server;

    /** The sessions that existed before the test: the test's own are the others. */
    private List<byte[]> before;

    @BeforeEach
    void forgetTheCachedCatalogue() {
        // As on a node that just started: screens must ask the database.
        caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
        sessions.flush();
        before = dsl.select(PATRON_SESSION.ID).from(PATRON_SESSION).fetch(PATRON_SESSION.ID);
    }

    @AfterEach
    void removeTheSessions() {
        sessions.flush();
        dsl.deleteFrom(PATRON_SESSION).where(PATRON_SESSION.ID.notIn(before)).execute();
    }

    @Test
    void aKioskOpenedWhileTheDatabaseIsDownSaysSoInArabicAndComesBackByItself() {
        openTouchScreen("ar");
        try (FrozenDatabase frozen = FrozenDatabase.freeze(server)) {
            page.navigate(url("/kiosk/luneville"));

            Locator title = page.locator("#resting-title");
            title.waitFor(new Locator.WaitForOptions().setTimeout(COMES_BACK_MS));
            assertThat(title.textContent()).matches("(?s).*\\p{InArabic}.*");
            assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
            page.evaluate("window.stillTheSamePage = true");
        }

        page.locator("#lang-ar").waitFor(new Locator.WaitForOptions().setTimeout(COMES_BACK_MS));
        assertThat(page.evaluate("window.stillTheSamePage")).as("no reload").isEqualTo(true);
        assertThat(page.locator("#resting").count()).isZero();
    }

    @Test
    void aFrozenDatabaseUnderAnOpenSessionRestsTheKioskAndTheIdleResetStillClearsIt() {
        installClock();
        open("/kiosk/luneville");
        tap("lang-ar");
        try (FrozenDatabase frozen = FrozenDatabase.freeze(server)) {
            page.locator("#need-FRENCH").tap();

            Locator resting = page.locator("#kiosk-resting");
            resting.waitFor(new Locator.WaitForOptions().setTimeout(COMES_BACK_MS));
            assertThat(page.locator("#kiosk-resting #resting-title").textContent()).matches("(?s).*\\p{InArabic}.*");
            assertThat(page.locator("#kiosk-resting .resting-french").textContent()).contains("Tremplin se repose");

            // The patron walks away: the idle warning runs out and the journey is cleared, database or not.
            passSeconds(91);
            waitForVaadin();
            passSeconds(21);
            waitForVaadin();
        }

        page.locator("#kiosk-resting").waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.DETACHED).setTimeout(COMES_BACK_MS));
        assertThat(page.locator("#lang-fr").isVisible()).as("the language screen of the next patron").isTrue();
        assertThat(page.locator("#need-FRENCH").count()).as("nothing of the previous patron").isZero();
        assertThat(endReasons()).as("the log kept what happened during the outage")
                .containsExactly(PatronSessionEndReason.IDLE);
    }

    private List<PatronSessionEndReason> endReasons() {
        sessions.flush();
        return dsl.select(PATRON_SESSION.END_REASON).from(PATRON_SESSION).join(BRANCH)
                .on(BRANCH.ID.eq(PATRON_SESSION.BRANCH_ID))
                .where(BRANCH.CODE.eq("luneville")).and(PATRON_SESSION.ID.notIn(before))
                .fetch(PATRON_SESSION.END_REASON);
    }
}
