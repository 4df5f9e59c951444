package fr.tremplin.kiosk.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import com.sun.net.httpserver.HttpServer;
import fr.tremplin.credential.DemoPools;
import fr.tremplin.support.BrowserTest;
import fr.tremplin.support.Chromium;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Credentials and shared-PC hygiene in Chromium on a touch screen. */
class CredentialBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void anArabicSpeakingPatronTakesACodeAndASecondKioskGetsAnotherOne() {
        DemoPools.topUp(context, "luneville", "CODECLIC", 4);
        page.addInitScript("window.print = () => { window.__printed = (window.__printed || 0) + 1; };");
        String login = takeCode(page, "lang-ar");

        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        Locator shown = page.locator("#credential-login");
        assertThat(shown).hasCSS("direction", "ltr");
        assertThat(shown.boundingBox().height).as("large type").isGreaterThanOrEqualTo(40);
        assertThat(page.locator("#credential-card .credential-digit").first()).hasCSS("color", "rgb(11, 92, 173)");
        assertThat(page.locator("#credential-slip")).isHidden();

        tap("print-slip");
        assertThat(page.evaluate("window.__printed")).isEqualTo(1);
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        Locator slip = page.locator("#credential-slip");
        assertThat(slip).isVisible();
        assertThat(slip).containsText(login);
        assertThat(slip).containsText("Votre accès à un site");
        assertThat(slip.locator("[lang=ar]")).hasAttribute("dir", "rtl");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

        BrowserContext second = Chromium.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setHasTouch(true).setViewportSize(1080, 1920));
        try {
            Page otherKiosk = second.newPage();
            String other = takeCode(otherKiosk, "lang-fr");
            assertThat(other).isNotEqualTo(login);
        } finally {
            second.close();
        }
    }

    @Test
    void theIdleResetLeavesNothingOfTheCodeNotWithTheBackButton() {
        DemoPools.topUp(context, "luneville", "CODECLIC", 2);
        String login = takeCode(page, "lang-ar");
        // Page time under the test's control from here: the next touch arms the idle timer on the test's clock.
        installClock();
        page.locator("#credential-legend").tap();

        passSeconds(91);
        waitForVaadin();
        passSeconds(21);
        waitForVaadin();
        assertThat(page.locator("#lang-fr")).isVisible();
        assertThat(page.getByText(login)).hasCount(0);
        page.goBack();
        waitForVaadin();
        assertThat(page.locator("#credential-login")).hasCount(0);
        assertThat(page.getByText(login)).hasCount(0);
        page.reload();
        waitForVaadin();
        assertThat(page.getByText(login)).hasCount(0);
    }

    @Test
    void aWebsiteOpensInOneWindowWithoutOpenerThatTheEndOfTheSessionCloses() {
        browserContext.route(Pattern.compile("^https://www\\.francetravail\\.fr/.*"), route -> route.fulfill(
                new com.microsoft.playwright.Route.FulfillOptions().setContentType("text/html")
                        .setBody("<!doctype html><title>Publisher</title><p>publisher</p>")));
        open("/kiosk/luneville");
        tap("lang-fr");
        tap("need-JOB");
        tap("subneed-JOB_CV");
        tap("level-B1");
        tap("constraints-skip");
        tap("resource-card-FRANCE_TRAVAIL_MOOC_CV_INTERVIEW");

        Page website = page.waitForPopup(() -> page.locator("#get-access").tap());
        website.waitForURL("https://www.francetravail.fr/**");
        assertThat(website.evaluate("() => window.opener === null"))
                .as("without the launcher the kiosk keeps the link that lets it close the website").isEqualTo(false);
        assertThat(website.evaluate("() => window.name")).isEqualTo(SharedPcHygiene.WINDOW_NAME);

        tap("end-session");
        tap("satisfaction-3");
        page.waitForCondition(website::isClosed);
        assertThat(page.locator("#lang-fr")).isVisible();
    }

    @Test
    void withTheLauncherTheEndOfASessionHandsThePcOverForAFreshBrowser() throws Exception {
        CountDownLatch nextPatron = new CountDownLatch(1);
        HttpServer launcher = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        launcher.createContext("/next-patron", exchange -> {
            nextPatron.countDown();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        launcher.start();
        try {
            browserContext.route(Pattern.compile("^https://www\\.francetravail\\.fr/.*"), route -> route.fulfill(
                    new com.microsoft.playwright.Route.FulfillOptions().setContentType("text/html")
                            .setBody("<!doctype html><title>Publisher</title><p>publisher</p>")));
            open("/kiosk/luneville?launcher=" + launcher.getAddress().getPort());
            for (String id : new String[] {"lang-fr", "need-JOB", "subneed-JOB_CV", "level-B1", "constraints-skip",
                    "resource-card-FRANCE_TRAVAIL_MOOC_CV_INTERVIEW"}) {
                tap(id);
            }
            Page website = page.waitForPopup(() -> page.locator("#get-access").tap());
            website.waitForURL("https://www.francetravail.fr/**");
            assertThat(website.evaluate("() => window.opener === null")).as("no opener with the launcher")
                    .isEqualTo(true);
            page.locator("#start-again").tap();
            assertThat(nextPatron.await(15, TimeUnit.SECONDS)).as("the launcher was told").isTrue();
        } finally {
            launcher.stop(0);
        }
    }

    /** The journey of a patron to CODECLIC at Lunéville, then "Get my access"; returns the login shown. */
    private String takeCode(Page kiosk, String language) {
        kiosk.navigate(url("/kiosk/luneville"));
        for (String id : new String[] {language, "need-DRIVING", "subneed-DRIVING_LEARN", "level-B1",
                "constraints-skip", "resource-card-CODECLIC", "get-access"}) {
            kiosk.locator("#" + id).tap();
            kiosk.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                    + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
        }
        if (kiosk.locator("#credential-login").count() == 0) {
            throw new AssertionError("No credential on screen: " + kiosk.locator("#access-panel").innerText()
                    + " / get-access visible: " + kiosk.locator("#get-access").isVisible());
        }
        assertThat(kiosk.locator("#credential-login")).isVisible();
        return kiosk.locator("#credential-login").innerText().replaceAll("\\s", "");
    }
}
