package fr.tremplin.kiosk.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import fr.tremplin.support.BrowserTest;
import org.junit.jupiter.api.Test;

/** The first screen in a real Chromium on a touch screen: language, then need tiles, right to left in Arabic. */
class KioskBrowserTest extends BrowserTest {

    @Test
    void switchingToArabicMirrorsThePageAndTranslatesTheTiles() {
        open("/kiosk/luneville");
        assertThat(page.locator("#lang-ar")).isVisible();
        assertThat(page.evaluate("document.documentElement.dir")).isIn("ltr", "");

        page.locator("#lang-ar").tap();
        waitForVaadin();

        assertThat(page.locator("#need-JOB")).isVisible();
        assertThat(page.evaluate("document.documentElement.dir")).isEqualTo("rtl");
        assertThat(page.evaluate("document.documentElement.lang")).isEqualTo("ar");
        assertThat(page.locator("#screen-question")).hasText("ماذا تريد أن تفعل؟");
        assertThat(page.locator("#need-JOB").innerText()).matches("(?s).*\\p{InArabic}.*");
        assertThat(page.locator("#need-FRENCH").innerText()).matches("(?s).*\\p{InArabic}.*");
        // Mirrored: the first tile sits on the right.
        double firstX = page.locator(".tiles .tile").first().boundingBox().x;
        double secondX = page.locator(".tiles .tile").nth(1).boundingBox().x;
        assertThat(firstX).isGreaterThan(secondX);
    }

    @Test
    void tilesAreLargeEnoughToTouch() {
        open("/kiosk/luneville");
        page.locator("#lang-fr").tap();
        waitForVaadin();

        var box = page.locator("#need-JOB").boundingBox();
        assertThat(box.width).isGreaterThanOrEqualTo(48);
        assertThat(box.height).isGreaterThanOrEqualTo(48);
    }
}
