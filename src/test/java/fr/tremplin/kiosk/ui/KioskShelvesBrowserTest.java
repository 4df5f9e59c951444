package fr.tremplin.kiosk.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpServer;
import fr.tremplin.holdings.CatalogueSearch;
import fr.tremplin.holdings.availability.LiveAvailability;
import fr.tremplin.support.BrowserTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shelves in a real Chromium: a patron searches on a phone-sized touch screen (nothing scrolls sideways, even
 * right to left), and the branch's library system (a local server answering like Koha's REST API) corrects a copy's
 * state after the page is drawn, pushed to the screen.
 */
class KioskShelvesBrowserTest extends BrowserTest {

    private static final String BRANCH_CODE = "pont-a-mousson";

    @Autowired
    DSLContext dsl;
    @Autowired
    LiveAvailability availability;
    @Autowired
    CatalogueSearch search;
    private HttpServer koha;
    private final AtomicInteger asked = new AtomicInteger();

    @BeforeEach
    void aKohaThatSaysTheCodeBookIsOut() throws IOException {
        search.refresh();
        koha = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        koha.createContext("/api/v1/public/biblios/", exchange -> {
            asked.incrementAndGet();
            boolean codeBook = exchange.getRequestURI().getPath().contains("/1013/");
            byte[] body = (codeBook ? """
                    [{"item_id": 77, "biblio_id": 1013, "home_library_id": "PAM", "holding_library_id": "PAM",
                      "callnumber": "343.09 ROU", "checked_out_date": "2026-11-20", "not_for_loan_status": 0,
                      "lost_status": 0, "withdrawn": 0}]""" : "[]").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        koha.start();
        dsl.update(BRANCH).set(BRANCH.AVAILABILITY_KIND, "KOHA_REST")
                .set(BRANCH.AVAILABILITY_URL, "http://127.0.0.1:" + koha.getAddress().getPort())
                .where(BRANCH.CODE.eq(BRANCH_CODE)).execute();
        availability.settingsChanged();
    }

    @AfterEach
    void noKoha() {
        dsl.update(BRANCH).set(BRANCH.AVAILABILITY_KIND, (String) null).set(BRANCH.AVAILABILITY_URL, (String) null)
                .where(BRANCH.CODE.eq(BRANCH_CODE)).execute();
        availability.settingsChanged();
        koha.stop(0);
    }

    @Test
    void aPatronFindsTheCodeBookAndSeesItIsOutNowRightToLeftOnAPhone() {
        page.setViewportSize(390, 844);
        open("/kiosk/" + BRANCH_CODE);
        tap("lang-ar");
        tap("search-open");
        page.locator("#search-box").fill("code de la route");
        tap("search-submit");

        var result = page.locator("#search-result-1013");
        assertThat(result).isVisible();
        assertThat(result.locator(".copy-status")).hasText("مُعار");
        assertThat(result.locator(".shelf-source")).hasText("تم التحقق الآن");
        assertThat(result.locator(".shelf-mark")).containsText("343.09 ROU");
        assertThat(asked.get()).isPositive();
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);
        assertThat(page.getByRole(AriaRole.SEARCH)).isVisible();
    }
}
