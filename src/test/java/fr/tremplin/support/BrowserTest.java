package fr.tremplin.support;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Base of browser journeys: a fresh touch-screen browser context per test, on the shared running application. */
@TremplinTest
public abstract class BrowserTest {

    @LocalServerPort
    private int port;

    private final List<String> cspViolations = new CopyOnWriteArrayList<>();
    protected BrowserContext browserContext;
    protected Page page;

    @BeforeEach
    void openTouchScreen() {
        openTouchScreen("fr-FR");
    }

    /** A fresh touch screen whose browser speaks {@code locale} (its Accept-Language). */
    protected void openTouchScreen(String locale) {
        if (browserContext != null) {
            browserContext.close();
        }
        browserContext = Chromium.browser().newContext(new Browser.NewContextOptions()
                .setHasTouch(true)
                .setViewportSize(1280, 900)
                .setLocale(locale));
        browserContext.setDefaultTimeout(15_000);
        page = browserContext.newPage();
        cspViolations.clear();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                cspViolations.add(message.text());
            }
        });
    }

    @AfterEach
    void closeTouchScreen() {
        browserContext.close();
        // Every journey doubles as a check that the Content-Security-Policy lets Tremplin's pages work.
        org.assertj.core.api.Assertions.assertThat(cspViolations).as("Content-Security-Policy violations").isEmpty();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a page and waits until Vaadin has rendered the view and has no request under way. */
    protected void open(String path) {
        page.navigate(url(path));
        waitForVaadin();
    }

    /**
     * Puts the page's timers under the test's control while letting time flow, so a test can jump over the
     * kiosk's idle timeout with {@code page.clock().runFor(…)} instead of waiting for it.
     */
    protected void installClock() {
        page.clock().install();
        page.clock().resume();
    }

    /**
     * Lets {@code seconds} of page time pass at once, a second at a time so that a one-second countdown ticks
     * every second. Needs {@link #installClock()}.
     */
    protected void passSeconds(int seconds) {
        for (int i = 0; i < seconds; i++) {
            page.clock().fastForward(1000);
        }
    }

    /** Taps (touch) the element with that id and waits for the server's answer. */
    protected void tap(String id) {
        page.locator("#" + id).tap();
        waitForVaadin();
    }

    /**
     * WCAG 2.1 A and AA checks of axe-core on the current screen; fails on any serious or critical violation,
     * naming the rule and the elements.
     */
    protected void assertAccessible(String screen) {
        waitForAnimations();
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .exclude("vaadin-dev-tools")
                .analyze();
        List<String> problems = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5).toList())
                .toList();
        org.assertj.core.api.Assertions.assertThat(problems).as("accessibility of " + screen).isEmpty();
    }

    /**
     * Waits until no finite animation runs (Lumo fades a dialog in): axe measures colours as they are painted, so
     * half-faded text reads as too pale, which made the idle-warning check fail about one run in three.
     */
    protected void waitForAnimations() {
        page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running'"
                + " || a.effect?.getComputedTiming().iterations === Infinity)", null,
                new Page.WaitForFunctionOptions().setTimeout(10_000));
    }

    protected void waitForVaadin() {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())", null,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
    }
}
