package fr.tremplin.core.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.support.BrowserTest;
import fr.tremplin.support.Chromium;
import fr.tremplin.support.StaffFixtures;
import fr.tremplin.support.StaffFixtures.Staff;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Signing in with the real form in Chromium (its CSRF token comes with the page): typing /login lands on the staff
 * home, and a new password of one's own signs out one's other browser but not this one.
 */
class StaffSignInBrowserTest extends BrowserTest {

    @Autowired
    DSLContext dsl;

    StaffFixtures fixtures;
    Staff librarian;

    @BeforeEach
    void account() {
        fixtures = new StaffFixtures(dsl);
        librarian = fixtures.create("browser", StaffRole.LIBRARIAN, "longwy");
    }

    @AfterEach
    void cleanUp() {
        fixtures.cleanUp();
    }

    @Test
    void typingSlashLoginShowsTheSignInAndSigningInLandsOnTheStaffHome() {
        page.navigate(url("/login"));
        signIn(page, StaffFixtures.PASSWORD);

        assertThat(page.locator("#staff-home")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/staff$"));

        page.navigate(url("/login"));
        page.locator("#staff-home").waitFor();
        assertThat(page.locator("#login-view")).hasCount(0);
    }

    @Test
    void aNewPasswordOfOnesOwnSignsOutTheOtherBrowserButNotThisOne() {
        BrowserContext otherPc = Chromium.browser().newContext(new Browser.NewContextOptions().setLocale("fr-FR"));
        try {
            Page other = otherPc.newPage();
            other.navigate(url("/staff"));
            signIn(other, StaffFixtures.PASSWORD);
            page.navigate(url("/staff"));
            signIn(page, StaffFixtures.PASSWORD);

            tap("own-password");
            page.locator("#own-password-current input").fill(StaffFixtures.PASSWORD);
            page.locator("#own-password-new input").fill("a new password of mine");
            page.locator("#own-password-repeat input").fill("a new password of mine");
            tap("own-password-save");
            assertThat(page.locator("#staff-saved")).hasCount(1);
            assertThat(page.locator("#own-password-dialog")).isHidden();

            other.navigate(url("/staff/branches"));
            assertThat(other.locator("#login-view")).isVisible();
            open("/staff/branches");
            assertThat(page.locator("#branches-view")).isVisible();
        } finally {
            otherPc.close();
        }
    }

    private void signIn(Page browser, String password) {
        browser.locator("#login-username input").fill(librarian.username());
        browser.locator("#login-password input").fill(password);
        browser.locator("#login-submit").click();
        browser.locator("#staff-home").waitFor();
        if (browser == page) {
            waitForVaadin();
        }
    }
}
