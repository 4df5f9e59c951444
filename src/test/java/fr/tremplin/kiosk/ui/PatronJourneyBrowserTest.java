package fr.tremplin.kiosk.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import fr.tremplin.support.BrowserTest;
import org.junit.jupiter.api.Test;

/** Patron journeys in Chromium on a touch screen: what only a real browser shows. */
class PatronJourneyBrowserTest extends BrowserTest {

    @Test
    void aFrenchJobSeekerReachesACvResource() {
        open("/kiosk/luneville");
        tap("lang-fr");
        tap("need-JOB");
        tap("subneed-JOB_CV");
        tap("level-B1");
        tap("constraints-skip");

        Locator card = page.locator("#resource-card-FRANCE_TRAVAIL_MOOC_CV_INTERVIEW");
        assertThat(card).isVisible();
        assertThat(card).containsText("Pour votre niveau");
        tap("resource-card-FRANCE_TRAVAIL_MOOC_CV_INTERVIEW");

        assertThat(page.locator("#resource-why")).isVisible();
        Locator access = page.locator("#get-access");
        assertThat(access).hasText("Ouvrir le site");
        assertThat(access.boundingBox().height).as("the main action is large").isGreaterThanOrEqualTo(80);
        tap("qr-home");
        assertThat(page.locator("#qr-panel img")).isVisible();
        page.waitForFunction("() => document.querySelector('#qr-panel img').naturalWidth > 0");
    }

    @Test
    void anArabicSpeakingLearnerGoesThroughTheLevelCheckToAnA1Resource() {
        open("/kiosk/nancy-plateau-de-haye");
        tap("lang-ar");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        tap("need-FRENCH");
        tap("subneed-FRENCH_EVERYDAY");
        tap("level-check");
        tap("check-yes");
        tap("check-yes");
        tap("check-no");

        Locator result = page.locator("#check-result");
        assertThat(result).containsText("A1");
        assertThat(result.locator(".level-name")).hasAttribute("dir", "ltr");
        tap("check-continue");
        tap("constraints-skip");
        tap("resource-card-TV5MONDE_FLE");

        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("#screen-question")).isVisible();
        assertThat(page.locator("#resource-why").innerText()).matches("(?s).*\\p{InArabic}.*");
        // The back button sits on the right in a right-to-left layout.
        double back = page.locator("#back").boundingBox().x;
        double help = page.locator("#help-call").boundingBox().x;
        assertThat(back).isGreaterThan(help);
        tap("qr-home");
        assertThat(page.locator("#qr-panel .url")).hasCSS("direction", "ltr");
    }

    @Test
    void afterAnIdleResetNeitherBackNorReloadShowsThePreviousPatron() {
        installClock();
        open("/kiosk/luneville");
        tap("lang-fr");
        tap("need-JOB");
        tap("subneed-JOB_CV");
        tap("level-B1");
        tap("constraints-skip");
        tap("resource-card-FRANCE_TRAVAIL_MOOC_CV_INTERVIEW");
        assertThat(page.locator("#resource-why")).isVisible();

        passSeconds(91);
        waitForVaadin();
        assertThat(page.locator("#idle-warning")).isVisible();
        assertThat(page.locator("#idle-countdown")).hasText(java.util.regex.Pattern.compile("^(1?[0-9]|20)$"));
        passSeconds(21);
        waitForVaadin();

        assertThat(page.locator("#lang-fr")).isVisible();
        assertThat(page.locator("#resource-why")).hasCount(0);
        page.goBack();
        waitForVaadin();
        assertThat(page.locator("#lang-fr")).isVisible();
        assertThat(page.locator("#resource-why")).hasCount(0);
        assertThat(page.locator("#need-JOB")).hasCount(0);
        page.reload();
        waitForVaadin();
        assertThat(page.locator("#lang-fr")).isVisible();
        assertThat(page.locator("#resource-card-FRANCE_TRAVAIL_MOOC_CV_INTERVIEW")).hasCount(0);
    }

    @Test
    void stillHereKeepsTheJourneyAndTheBrowserBackGoesOneScreenBack() {
        installClock();
        open("/kiosk/luneville");
        tap("lang-fr");
        tap("need-JOB");
        tap("subneed-JOB_CV");

        passSeconds(91);
        waitForVaadin();
        tap("idle-continue");
        assertThat(page.locator("#idle-warning")).hasCount(0);
        assertThat(page.locator("#level-B1")).isVisible();

        page.goBack();
        waitForVaadin();
        assertThat(page.locator("#subneed-JOB_CV")).isVisible();
    }

    @Test
    void readAloudSpeaksTheScreenInThePatronsLanguage() {
        page.addInitScript("""
                window.__spoken = [];
                const voices = [{ lang: 'ar-SA', name: 'Arabic' }, { lang: 'fr-FR', name: 'French' }];
                Object.defineProperty(window, 'speechSynthesis', { value: {
                  getVoices: () => voices,
                  speak: u => window.__spoken.push({ text: u.text, lang: u.lang }),
                  cancel: () => {},
                  addEventListener: () => {}
                }});
                window.SpeechSynthesisUtterance = function (text) { this.text = text; };""");
        open("/kiosk/luneville");
        tap("lang-ar");
        assertThat(page.locator("#read-aloud")).isVisible();

        tap("read-aloud");

        @SuppressWarnings("unchecked")
        java.util.List<java.util.Map<String, String>> spoken =
                (java.util.List<java.util.Map<String, String>>) page.evaluate("window.__spoken");
        assertThat(spoken).isNotEmpty();
        assertThat(spoken.get(0).get("text")).isEqualTo("ماذا تريد أن تفعل؟");
        assertThat(spoken).allSatisfy(u -> assertThat(u.get("lang")).isEqualTo("ar-SA"));
    }

    @Test
    void withoutAVoiceTheReadAloudButtonIsHidden() {
        page.addInitScript("Object.defineProperty(window, 'speechSynthesis', { value: undefined });");
        open("/kiosk/luneville");
        tap("lang-uk");
        page.waitForTimeout(300);
        assertThat(page.locator("#read-aloud")).isHidden();
    }

    @Test
    void tigrinyaIsDrawnWithTheShippedFontNotBoxes() {
        open("/kiosk/luneville");
        Object loaded = page.evaluate("async () => (await document.fonts.load('24px \"Tremplin Ethiopic\"', 'ትግርኛ')).length");
        assertThat(((Number) loaded).intValue()).isPositive();
        assertThat((Boolean) page.evaluate("document.fonts.check('24px \"Tremplin Ethiopic\"', 'ትግርኛ')")).isTrue();
    }
}
