package fr.tremplin.credential;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import fr.tremplin.support.Balancer;
import fr.tremplin.support.Chromium;
import java.util.List;

/** A kiosk's browser behind the balancer of the cluster test, and what the test asks of it. */
final class BalancedKiosk {

    private static final String VAADIN_IDLE = "() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
            + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())";

    private BalancedKiosk() {
    }

    /** @param node the node it has been kept to (the balancer's cookie), or null for a new kiosk */
    static BrowserContext context(String node) {
        BrowserContext context = Chromium.browser().newContext(new Browser.NewContextOptions().setHasTouch(true)
                .setViewportSize(1080, 1400).setLocale("fr-FR"));
        context.setDefaultTimeout(20_000);
        if (node != null) {
            context.addCookies(List.of(new Cookie(Balancer.COOKIE, node).setDomain("127.0.0.1").setPath("/")));
        }
        return context;
    }

    static void open(Page page, String url) {
        page.navigate(url);
        page.waitForFunction(VAADIN_IDLE);
    }

    static void tap(Page page, String id) {
        page.locator("#" + id).tap();
        page.waitForFunction(VAADIN_IDLE);
    }

    /** The node the balancer keeps this browser to. */
    static String node(BrowserContext context) {
        return context.cookies().stream().filter(c -> c.name.equals(Balancer.COOKIE)).map(c -> c.value).findFirst()
                .orElse(null);
    }

    /** Marks the pages as they are, so that a reload shows (the mark is gone). */
    static void markPages(Page... pages) {
        for (Page page : pages) {
            page.evaluate("() => window.tremplinBeforeTheKill = true");
        }
    }

    /** Waits until the page has been loaded again and shows {@code selector}. */
    static void awaitReload(Page page, String selector) {
        page.waitForFunction("s => !window.tremplinBeforeTheKill && document.querySelector(s) !== null", selector,
                new Page.WaitForFunctionOptions().setTimeout(60_000));
        page.waitForFunction(VAADIN_IDLE);
    }
}
