package fr.tremplin.catalogue.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import fr.tremplin.catalogue.OfferAdminService;
import fr.tremplin.catalogue.OfferLine;
import fr.tremplin.config.KioskConfigLoader;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.support.BrowserTest;
import fr.tremplin.support.DemoConfig;
import fr.tremplin.support.StaffFixtures;
import fr.tremplin.support.StaffFixtures.Staff;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A Longwy branch admin signs in and switches two resources off: CODECLIC (Longwy's only driving-theory
 * resource), whose DRIVING tile then leaves Longwy's kiosk, and La Bonne Boîte, which leaves Longwy's results;
 * Lunéville's kiosk keeps both.
 */
class OfferToggleBrowserTest extends BrowserTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    OfferAdminService offers;
    @Autowired
    KioskConfigLoader loader;

    StaffFixtures fixtures;
    Staff admin;

    @BeforeEach
    void account() {
        fixtures = new StaffFixtures(dsl);
        admin = fixtures.create("pw", StaffRole.BRANCH_ADMIN, "longwy");
    }

    @AfterEach
    void restore() {
        StaffFixtures.signIn(admin);
        for (String code : new String[] {"CODECLIC", "LA_BONNE_BOITE"}) {
            OfferLine line = offers.offers("longwy", Language.FR).stream()
                    .filter(o -> o.resourceCode().equals(code)).findFirst().orElseThrow();
            if (!line.enabled()) {
                offers.setEnabled("longwy", code, true, line.version());
            }
        }
        loader.load(DemoConfig.DIRECTORY);
        fixtures.cleanUp();
    }

    @Test
    void aBranchAdminSwitchesAResourceOffAndItsNeedLeavesThatBranchsKioskOnly() {
        assertThat(needTile("longwy", "DRIVING")).isVisible();
        assertThat(jobSearchCard("longwy")).isVisible();

        page.navigate(url("/staff/offers"));
        page.locator("#login-username input").waitFor();
        page.locator("#login-username input").fill(admin.username());
        page.locator("#login-password input").fill(StaffFixtures.PASSWORD);
        page.locator("#login-submit").tap();
        page.locator("#offers-view").waitFor();
        waitForVaadin();
        assertThat(page.locator("#offer-toggle-CODECLIC input")).isChecked();

        page.locator("#offer-toggle-CODECLIC").tap();
        waitForVaadin();
        assertThat(page.locator("#offer-toggle-CODECLIC input")).not().isChecked();

        page.locator("#offer-toggle-LA_BONNE_BOITE").tap();
        waitForVaadin();
        assertThat(page.locator("#offer-toggle-LA_BONNE_BOITE input")).not().isChecked();

        assertThat(needTile("longwy", "DRIVING")).isHidden();
        assertThat(page.locator("#need-JOB")).isVisible();
        assertThat(needTile("luneville", "DRIVING")).isVisible();
        Locator longwyResults = jobSearchCard("longwy");
        assertThat(page.locator("#resource-card-UN_JEUNE_UNE_SOLUTION")).isVisible();
        assertThat(longwyResults).hasCount(0);
        assertThat(jobSearchCard("luneville")).isVisible();
    }

    /** La Bonne Boîte's card in the results of a job seeker looking for offers online. */
    private Locator jobSearchCard(String branch) {
        needTile(branch, "JOB");
        tap("need-JOB");
        tap("subneed-JOB_SEARCH");
        tap("level-B1");
        tap("constraints-skip");
        page.locator("#results-screen").waitFor();
        return page.locator("#resource-card-LA_BONNE_BOITE");
    }

    private Locator needTile(String branch, String need) {
        open("/kiosk/" + branch);
        page.locator("#lang-fr").tap();
        waitForVaadin();
        page.locator("#need-screen").waitFor();
        return page.locator("#need-" + need);
    }
}
