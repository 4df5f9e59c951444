package fr.tremplin.workshop.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.credential.DemoPools;
import fr.tremplin.support.BrowserTest;
import fr.tremplin.support.Chromium;
import fr.tremplin.support.StaffFixtures;
import fr.tremplin.support.StaffFixtures.Staff;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.workshop.WorkshopPlan;
import fr.tremplin.workshop.Workshops;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A librarian runs a workshop for three kiosks, each in its own browser: plan, open, join three ways (on-screen
 * keys, a keyboard, the QR code's address), follow me, a reload that takes its seat back, lock, a credential for
 * every seat (a different one on each kiosk, and the sheet of slips), close.
 */
class WorkshopBrowserTest extends BrowserTest {

    static final String BRANCH = "nancy-plateau-de-haye";
    static final String POOLED = "ROSETTA_STONE_FRENCH";

    @Autowired
    DSLContext dsl;
    @Autowired
    ApplicationContext context;
    @Autowired
    Workshops workshops;

    private StaffFixtures fixtures;
    private Staff librarian;
    private final List<BrowserContext> kioskContexts = new ArrayList<>();

    @BeforeEach
    void account() {
        fixtures = new StaffFixtures(dsl);
        librarian = fixtures.create("atelier", StaffRole.LIBRARIAN, BRANCH);
        DemoPools.topUp(context, BRANCH, POOLED, 5);
    }

    @AfterEach
    void cleanUp() {
        kioskContexts.forEach(BrowserContext::close);
        fixtures.cleanUp();
    }

    private Page kiosk() {
        BrowserContext kiosk = Chromium.browser().newContext(new Browser.NewContextOptions().setHasTouch(true)
                .setViewportSize(1080, 1400).setLocale("fr-FR"));
        kiosk.setDefaultTimeout(15_000);
        kioskContexts.add(kiosk);
        return kiosk.newPage();
    }

    private static void settle(Page p) {
        p.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    private static void tapOn(Page p, String id) {
        p.locator("#" + id).tap();
        settle(p);
    }

    @Test
    void aKioskWaitingOnItsStartScreenShowsAWorkshopOpenedMeanwhile() {
        Page kiosk = kiosk();
        kiosk.navigate(url("/kiosk/" + BRANCH));
        settle(kiosk);
        assertThat(kiosk.locator("#language-screen")).isVisible();
        StaffFixtures.signIn(librarian);
        long id = workshops.plan(new WorkshopPlan(BRANCH, "Atelier surprise", null, List.of(),
                LocalDateTime.now().plusHours(2), 4, Language.AR, null));
        assertThat(kiosk.locator("#workshop-coming-" + id)).containsText("Atelier surprise");
        workshops.open(id);
        assertThat(kiosk.locator("#workshop-coming-" + id)).containsText("Maintenant");
        workshops.close(id);
        assertThat(kiosk.locator("#workshop-coming-" + id)).hasCount(0);
    }

    @Test
    void aLibrarianLeadsThreeKiosksFromOpenToClose() {
        page.navigate(url("/staff/workshops?branch=" + BRANCH));
        page.locator("#login-username input").fill(librarian.username());
        page.locator("#login-password input").fill(StaffFixtures.PASSWORD);
        page.locator("#login-submit").tap();
        page.locator("#workshops-view").waitFor();
        waitForVaadin();
        tap("workshop-new");
        page.locator("#workshop-title input").fill("Premiers pas en français");
        page.locator("#workshop-seats input").fill("3");
        page.locator("#workshop-resources vaadin-checkbox").filter(new Locator.FilterOptions()
                .setHasText("Rosetta Stone, le français")).click();
        tap("workshop-save");
        page.locator("#workshop-run-view").waitFor();
        tap("workshop-open");
        String code = page.locator("#workshop-join-code").textContent().strip();
        assertThat(code).hasSize(5);
        assertThat(page.locator("#workshop-join-qr")).isVisible();

        // Kiosk 1: the board on the start screen, then the big keys.
        Page one = kiosk();
        one.navigate(url("/kiosk/" + BRANCH));
        settle(one);
        assertThat(one.locator("#workshop-board")).containsText("Premiers pas en français");
        tapOn(one, "workshop-join");
        for (char c : code.toCharArray()) {
            tapOn(one, "workshop-key-" + c);
        }
        tapOn(one, "workshop-code-submit");
        assertThat(one.locator("#workshop-seat-number")).containsText("1");
        tapOn(one, "workshop-audience-FRENCH_LEARNER");
        tapOn(one, "workshop-start");
        assertThat(one.locator("#need-screen")).isVisible();

        // Kiosk 2: a wrong code first, then a keyboard.
        Page two = kiosk();
        two.navigate(url("/kiosk/" + BRANCH));
        settle(two);
        tapOn(two, "workshop-join");
        two.locator("#workshop-code").fill("AAAAA");
        tapOn(two, "workshop-code-submit");
        assertThat(two.locator("#workshop-code-error")).containsText("Ce code ne marche pas");
        two.locator("#workshop-code").fill(code.toLowerCase());
        tapOn(two, "workshop-code-submit");
        assertThat(two.locator("#workshop-seat-number")).containsText("2");
        tapOn(two, "workshop-start");

        // Kiosk 3: the QR code's address (a phone).
        Page three = kiosk();
        three.navigate(url("/kiosk/" + BRANCH + "?workshop=" + code));
        settle(three);
        assertThat(three.locator("#workshop-seat-number")).containsText("3");
        // Reloaded at once, it takes its seat back rather than a fourth one with the address's code.
        three.reload();
        settle(three);
        assertThat(three.locator("#workshop-seat-number")).containsText("3");
        assertThat(page.locator("#workshop-seat-4")).hasCount(0);
        tapOn(three, "workshop-start");
        List<Page> kiosks = List.of(one, two, three);

        for (int seat = 1; seat <= 3; seat++) {
            assertThat(page.locator("#workshop-seat-" + seat)).isVisible();
        }
        assertThat(page.locator("#workshop-seat-1")).containsText("Apprenant");

        // Follow me: every kiosk shows the resource's page.
        page.locator("#workshop-lead-target").click();
        page.locator("vaadin-select-item[role=option]:visible").filter(new Locator.FilterOptions()
                .setHasText("Rosetta Stone, le français")).click();
        tap("workshop-lead");
        for (Page kiosk : kiosks) {
            assertThat(kiosk.locator("#resource-screen")).containsText("Rosetta Stone");
            assertThat(kiosk.locator("#workshop-follow")).isVisible();
        }
        assertThat(page.locator("#workshop-seat-3")).containsText("Rosetta Stone");

        // A reload takes its seat back, on the librarian's screen.
        one.reload();
        settle(one);
        assertThat(one.locator("#workshop-banner")).containsText("1");
        assertThat(one.locator("#resource-screen")).isVisible();

        // Lock while explaining, then unlock.
        tap("workshop-lock");
        for (Page kiosk : kiosks) {
            assertThat(kiosk.locator("#workshop-locked")).isVisible();
        }
        tap("workshop-lock");
        for (Page kiosk : kiosks) {
            assertThat(kiosk.locator("#workshop-locked")).hasCount(0);
        }

        // A credential for every seat: each kiosk shows its own.
        tap("workshop-hand-credentials");
        Set<String> shown = new HashSet<>();
        for (Page kiosk : kiosks) {
            assertThat(kiosk.locator("#workshop-credential #credential-secret")).isVisible();
            shown.add(kiosk.locator("#workshop-credential #credential-login").textContent() + "/"
                    + kiosk.locator("#workshop-credential #credential-secret").textContent());
        }
        assertThat(shown).hasSize(3);
        assertThat(page.locator("#workshop-slips .workshop-slip")).hasCount(3);
        tapOn(two, "workshop-credential-close");
        assertThat(two.locator("#workshop-credential")).hasCount(0);

        // Close: the kiosks go back to the start and ask whether it helped.
        tap("workshop-close");
        for (Page kiosk : kiosks) {
            assertThat(kiosk.locator("#language-screen")).isVisible();
            assertThat(kiosk.locator("#workshop-banner")).hasCount(0);
            assertThat(kiosk.locator("#workshop-satisfaction")).isVisible();
        }
        tapOn(three, "workshop-satisfaction-3");
        assertThat(three.locator("#workshop-satisfaction")).hasCount(0);
        assertThat(page.locator("#workshop-summary")).containsText("Aidés : 1");
        assertThat(one.evaluate("() => sessionStorage.getItem('tremplin-workshop-seat')")).isNull();
    }
}
