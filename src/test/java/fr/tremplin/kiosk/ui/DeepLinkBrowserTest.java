package fr.tremplin.kiosk.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import fr.tremplin.support.BrowserTest;
import fr.tremplin.support.Chromium;
import org.junit.jupiter.api.Test;

/** A QR code of a referral slip, scanned with a phone at home: the journey goes on there, in the patron's language. */
class DeepLinkBrowserTest extends BrowserTest {

    @Test
    void aPhoneOpensTheJourneyPartWayInArabicWithoutSideways() {
        BrowserContext phone = Chromium.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844).setHasTouch(true).setIsMobile(true).setLocale("ar"));
        try {
            Page page = phone.newPage();
            page.navigate(url("/kiosk/nancy-plateau-de-haye?lang=ar&need=FRENCH&subneed=FRENCH_EVERYDAY&level=A1"
                    + "&ref=ASSO-PLATEAU"));
            assertThat(page.locator("#constraints-skip")).isVisible();
            assertThat(page.locator("html")).hasAttribute("dir", "rtl");
            assertThat(page.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
            page.locator("#constraints-skip").tap();
            assertThat(page.locator("#resource-card-TV5MONDE_FLE")).isVisible();
            assertThat(page.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
        } finally {
            phone.close();
        }
    }
}
