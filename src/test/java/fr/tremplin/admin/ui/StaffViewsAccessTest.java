package fr.tremplin.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import fr.tremplin.config.ui.ConfigurationView;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.core.security.ui.LoginView;
import fr.tremplin.credential.ui.CredentialPoolsView;
import fr.tremplin.credential.ui.StaffRequestsView;
import fr.tremplin.support.StaffViewTest;
import org.junit.jupiter.api.Test;

/** Staff screens by role: who reaches which view, and what each may act on there. */
class StaffViewsAccessTest extends StaffViewTest {

    @Test
    void aVisitorWhoIsNotSignedInIsSentToTheLoginView() {
        UI.getCurrent().navigate("staff/branches");

        assertThat(all(LoginView.class)).hasSize(1);
        assertThat(all(BranchesView.class)).isEmpty();
        assertThat(get(TextField.class, "login-username").getElement().getAttribute("name")).isEqualTo("username");
        assertThat(get(PasswordField.class, "login-password").getElement().getAttribute("name"))
                .isEqualTo("password");
        assertThat(get(com.vaadin.flow.component.html.NativeButton.class, "login-submit").getElement()
                .getAttribute("type")).isEqualTo("submit");
    }

    @Test
    void theLoginViewGivesOneAnswerForAnyRefusalSayingHowTheLockoutWorks() {
        UI.getCurrent().navigate("staff/login", QueryParameters.of("error", ""));

        Paragraph message = get(Paragraph.class, "login-message");
        assertThat(message.getText()).contains("5", "15 minutes");
        assertThat(all(Paragraph.class, "login-message")).hasSize(1);
    }

    @Test
    void theLoginViewSaysHowLongToWaitWhenThrottled() {
        UI.getCurrent().navigate("staff/login", QueryParameters.of("wait", "15"));
        assertThat(get(Paragraph.class, "login-message").getText()).contains("15 seconds");

        UI.getCurrent().navigate("staff/login", QueryParameters.of("wait", "600"));
        assertThat(get(Paragraph.class, "login-message").getText()).contains("10 minutes");
    }

    @Test
    void aSignedInUserOpeningTheLoginViewLandsOnTheStaffHome() {
        signIn(fixtures.create("lib", StaffRole.LIBRARIAN, "longwy"));
        UI.getCurrent().navigate("staff/login");

        assertThat(all(LoginView.class)).isEmpty();
        assertThat(all(StaffHomeView.class)).hasSize(1);
    }

    @Test
    void aLibrarianCannotOpenTheStaffAccountsOrTheAuditLog() {
        signIn(fixtures.create("lib", StaffRole.LIBRARIAN, "longwy"));

        for (String path : new String[] {"staff/users", "staff/audit"}) {
            UI.getCurrent().navigate(path);
            assertThat(getCurrentView()).as("Vaadin answers a signed-in user without the role as if " + path
                    + " did not exist").isInstanceOf(RouteNotFoundError.class);
            assertThat(all(StaffUsersView.class)).as("staff accounts are never shown to a librarian").isEmpty();
            assertThat(all(AuditView.class)).as("the audit log is never shown to a librarian").isEmpty();
        }
    }

    @Test
    void aLongwyLibrarianSeesLongwyReadOnlyAndNothingOfFrouard() {
        signIn(fixtures.create("lib", StaffRole.LIBRARIAN, "longwy"));
        UI.getCurrent().navigate("staff/branches");
        assertThat(all(BranchesView.class)).hasSize(1);
        assertThat(all(HorizontalLayout.class, "branch-longwy")).hasSize(1);
        assertThat(all(HorizontalLayout.class, "branch-frouard"))
                .as("a Longwy librarian sees nothing of Frouard").isEmpty();
        assertThat(all(Button.class, "branch-edit-longwy")).as("read only").isEmpty();
        assertThat(all(SideNavItem.class, "menu-staff-users")).isEmpty();
        assertThat(all(SideNavItem.class, "menu-staff-credentials")).as("every role sees the stock").hasSize(1);
        assertThat(all(SideNavItem.class, "menu-staff-requests")).as("every role closes tickets").hasSize(1);
        UI.getCurrent().navigate("staff/credentials");
        assertThat(all(CredentialPoolsView.class)).hasSize(1);
        UI.getCurrent().navigate("staff/requests");
        assertThat(all(StaffRequestsView.class)).hasSize(1);
    }

    @Test
    void aBranchAdminEditsItsBranchAndSeesTheMessagesOnTheFields() {
        signIn(fixtures.create("ba", StaffRole.BRANCH_ADMIN, "longwy"));
        UI.getCurrent().navigate("staff/branches");

        assertThat(all(Button.class, "branch-edit-frouard")).isEmpty();
        click("branch-edit-longwy");
        TextField email = get(TextField.class, "branch-email");
        test(email).setValue("not an address");
        TextField hours = get(TextField.class, "branch-hours-monday");
        test(hours).setValue("14:00-12:00");
        TextField languages = get(TextField.class, "branch-languages");
        test(languages).setValue("fr de");
        click("branch-save");

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).contains("e-mail");
        assertThat(hours.isInvalid()).isTrue();
        assertThat(hours.getErrorMessage()).contains("09:00-12:00");
        assertThat(languages.isInvalid()).isTrue();
        assertThat(languages.getErrorMessage()).contains("fr en ar");
        assertThat(all(BranchDialog.class)).as("nothing saved, the form stays open").hasSize(1);
    }

    @Test
    void aDepartmentAdminReachesEveryScreen() {
        fr.tremplin.support.StaffFixtures.Staff admin = fixtures.create("da", StaffRole.DEPARTMENT_ADMIN);
        signIn(admin);

        UI.getCurrent().navigate("staff/users");
        assertThat(all(StaffUsersView.class)).hasSize(1);
        assertThat(all(Button.class, "staff-user-password-" + admin.username()))
                .as("its own password").hasSize(1);
        UI.getCurrent().navigate("staff/audit");
        assertThat(all(AuditView.class)).hasSize(1);
        UI.getCurrent().navigate("staff/configuration");
        assertThat(all(ConfigurationView.class)).hasSize(1);
        UI.getCurrent().navigate("staff/resources");
        assertThat(all(Button.class, "resource-edit-CODECLIC")).hasSize(1);
        UI.getCurrent().navigate("staff/credentials");
        assertThat(all(CredentialPoolsView.class)).hasSize(1);
        UI.getCurrent().navigate("staff/requests");
        assertThat(all(StaffRequestsView.class)).hasSize(1);
    }
}
