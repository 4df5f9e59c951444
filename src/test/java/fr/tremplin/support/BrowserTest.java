package fr.tremplin.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Base of browser journeys: a fresh touch-screen browser context per test, on the shared running application. */
@TremplinTest
public abstract class BrowserTest {

    @LocalServerPort
    private int port;

    protected BrowserContext browserContext;
    protected Page page;

    @BeforeEach
    void openTouchScreen() {
        browserContext = Chromium.browser().newContext(new Browser.NewContextOptions()
                .setHasTouch(true)
                .setViewportSize(1280, 900)
                .setLocale("fr-FR"));
        browserContext.setDefaultTimeout(15_000);
        page = browserContext.newPage();
    }

    @AfterEach
    void closeTouchScreen() {
        browserContext.close();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a page and waits until Vaadin has rendered the view and has no request under way. */
    protected void open(String path) {
        page.navigate(url(path));
        waitForVaadin();
    }

    protected void waitForVaadin() {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }
}
