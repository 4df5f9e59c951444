package fr.tremplin.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import fr.tremplin.config.ui.ConfigurationView;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.core.security.ui.LoginView;
import fr.tremplin.support.StaffKaribuTest;
import org.junit.jupiter.api.Test;

/** Staff screens by role: who reaches which view, and what each may act on there. */
class StaffViewsAccessTest extends StaffKaribuTest {

    @Test
    void aVisitorWhoIsNotSignedInIsSentToTheLoginView() {
        UI.getCurrent().navigate("staff/branches");

        assertThat(_find(LoginView.class)).hasSize(1);
        assertThat(_find(BranchesView.class)).isEmpty();
        assertThat(get(TextField.class, "login-username").getElement().getAttribute("name")).isEqualTo("username");
        assertThat(get(PasswordField.class, "login-password").getElement().getAttribute("name"))
                .isEqualTo("password");
        assertThat(get(com.vaadin.flow.component.html.NativeButton.class, "login-submit").getElement()
                .getAttribute("type")).isEqualTo("submit");
    }

    @Test
    void theLoginViewSaysWhenAnAccountIsLocked() {
        UI.getCurrent().navigate("staff/login", QueryParameters.of("locked", ""));

        Paragraph message = get(Paragraph.class, "login-message");
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).contains("15 minutes");
    }

    @Test
    void aLibrarianCannotOpenTheStaffAccountsOrTheAuditLog() {
        signIn(fixtures.create("lib", StaffRole.LIBRARIAN, "longwy"));

        // Karibu reports Vaadin's access-denied error either on navigation or on the next lookup.
        String outcome;
        try {
            UI.getCurrent().navigate("staff/users");
            outcome = _find(StaffUsersView.class).isEmpty() ? "not shown" : "shown";
        } catch (AssertionError deniedByKaribu) {
            outcome = deniedByKaribu.getMessage().contains("AccessDeniedException") ? "denied" : "other error";
        }
        assertThat(outcome).as("the view is never shown to a librarian").isIn("denied", "not shown");
    }

    @Test
    void aLongwyLibrarianSeesLongwyReadOnlyAndNothingOfFrouard() {
        signIn(fixtures.create("lib", StaffRole.LIBRARIAN, "longwy"));
        UI.getCurrent().navigate("staff/branches");
        assertThat(_find(BranchesView.class)).hasSize(1);
        assertThat(_find(HorizontalLayout.class, s -> s.withId("branch-longwy"))).hasSize(1);
        assertThat(_find(HorizontalLayout.class, s -> s.withId("branch-frouard")))
                .as("a Longwy librarian sees nothing of Frouard").isEmpty();
        assertThat(_find(Button.class, s -> s.withId("branch-edit-longwy"))).as("read only").isEmpty();
        assertThat(_find(SideNavItem.class, s -> s.withId("menu-staff-users"))).isEmpty();
    }

    @Test
    void aBranchAdminEditsItsBranchAndSeesTheMessagesOnTheFields() {
        signIn(fixtures.create("ba", StaffRole.BRANCH_ADMIN, "longwy"));
        UI.getCurrent().navigate("staff/branches");

        assertThat(_find(Button.class, s -> s.withId("branch-edit-frouard"))).isEmpty();
        click("branch-edit-longwy");
        TextField email = get(TextField.class, "branch-email");
        HasValueUtilsKt._setValue(email, "not an address");
        TextField hours = get(TextField.class, "branch-hours-monday");
        HasValueUtilsKt._setValue(hours, "14:00-12:00");
        TextField languages = get(TextField.class, "branch-languages");
        HasValueUtilsKt._setValue(languages, "fr de");
        click("branch-save");

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).contains("e-mail");
        assertThat(hours.isInvalid()).isTrue();
        assertThat(hours.getErrorMessage()).contains("09:00-12:00");
        assertThat(languages.isInvalid()).isTrue();
        assertThat(languages.getErrorMessage()).contains("fr en ar");
        assertThat(_find(BranchDialog.class)).as("nothing saved, the form stays open").hasSize(1);
    }

    @Test
    void aDepartmentAdminReachesEveryScreen() {
        fr.tremplin.support.StaffFixtures.Staff admin = fixtures.create("da", StaffRole.DEPARTMENT_ADMIN);
        signIn(admin);

        UI.getCurrent().navigate("staff/users");
        assertThat(_find(StaffUsersView.class)).hasSize(1);
        assertThat(_find(Button.class, s -> s.withId("staff-user-password-" + admin.username())))
                .as("its own password").hasSize(1);
        UI.getCurrent().navigate("staff/audit");
        assertThat(_find(AuditView.class)).hasSize(1);
        UI.getCurrent().navigate("staff/configuration");
        assertThat(_find(ConfigurationView.class)).hasSize(1);
        UI.getCurrent().navigate("staff/resources");
        assertThat(_find(Button.class, s -> s.withId("resource-edit-CODECLIC"))).hasSize(1);
    }
}
