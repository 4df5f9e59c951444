package fr.tremplin.kiosk.ui;

import fr.tremplin.credential.DemoPools;
import fr.tremplin.support.BrowserTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.junit.jupiter.params.provider.ValueSource;

/** axe-core (WCAG 2.1 A/AA) on every patron screen, in French and in Arabic (right to left). */
class KioskAccessibilityTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @ParameterizedTest
    @ValueSource(strings = {"fr", "ar"})
    void everyPatronScreenPassesTheAutomatedChecks(String language) {
        open("/kiosk/nancy-plateau-de-haye");
        assertAccessible("language screen");
        tap("lang-" + language);
        assertAccessible("needs");
        tap("need-FRENCH");
        assertAccessible("sub-needs");
        tap("subneed-FRENCH_EVERYDAY");
        assertAccessible("levels");
        tap("level-check");
        assertAccessible("level check");
        tap("check-yes");
        tap("check-no");
        assertAccessible("level check result");
        tap("check-continue");
        assertAccessible("constraints");
        tap("where-HOME");
        tap("constraints-done");
        assertAccessible("results");
        tap("resource-card-TV5MONDE_FLE");
        tap("qr-home");
        assertAccessible("resource page");
        tap("text-size");
        tap("high-contrast");
        assertAccessible("resource page, large text and high contrast");
        tap("end-session");
        assertAccessible("end screen");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "ar"})
    void theSearchScreensPassToo(String language) {
        open("/kiosk/nancy-plateau-de-haye");
        tap("lang-" + language);
        tap("search-open");
        assertAccessible("search");
        page.locator("#search-box").fill("français");
        tap("search-submit");
        assertAccessible("search results with facets");
        tap("facet-kind-shelf");
        assertAccessible("search results, books only");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "ar"})
    void theNoFitScreenAndTheIdleWarningPassToo(String language) {
        installClock();
        open("/kiosk/luneville");
        tap("lang-" + language);
        tap("need-JOB");
        tap("subneed-JOB_CV");
        tap("level-ALPHA");
        tap("constraints-skip");
        assertAccessible("no fit");
        passSeconds(91);
        waitForVaadin();
        assertAccessible("idle warning");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "ar"})
    void theAccessScreensPassToo(String language) {
        DemoPools.topUp(context, "luneville", "VODECLIC", 2);
        open("/kiosk/luneville");
        tap("lang-" + language);
        tap("need-DIGITAL");
        tap("subneed-DIGITAL_OFFICE");
        tap("level-B1");
        tap("constraints-skip");
        tap("resource-card-VODECLIC");
        tap("get-access");
        assertAccessible("library card keypad");
        for (char digit : String.valueOf(System.nanoTime() % 1_000_000_000L + 1_000_000_000L).toCharArray()) {
            tap("card-key-" + digit);
        }
        tap("card-ok");
        assertAccessible("credential");
        tap("start-again");
        tap("lang-" + language);
        tap("need-EXAM");
        tap("subneed-EXAM_ENGLISH");
        tap("level-B1");
        tap("constraints-skip");
        tap("resource-card-ENGLISH_TEST_PREP");
        tap("get-access");
        assertAccessible("shared account");
    }
}
