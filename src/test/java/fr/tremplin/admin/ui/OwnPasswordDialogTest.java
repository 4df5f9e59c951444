package fr.tremplin.admin.ui;

import static fr.tremplin.core.db.jooq.Tables.STAFF_USER;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.PasswordField;
import fr.tremplin.core.security.StaffAccess;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.support.StaffFixtures;
import fr.tremplin.support.StaffFixtures.Staff;
import fr.tremplin.support.StaffViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every role changes its own password from the staff home, giving the current one. */
class OwnPasswordDialogTest extends StaffViewTest {

    @Autowired
    StaffAccess access;

    @Test
    void aLibrarianChangesItsOwnPasswordAndStaysSignedIn() {
        Staff librarian = fixtures.create("own", StaffRole.LIBRARIAN, "longwy");
        signIn(librarian);
        UI.getCurrent().navigate("staff");
        click("own-password");
        fill(StaffFixtures.PASSWORD, "my new password, long", "my new password, long");
        click("own-password-save");

        assertThat(all(OwnPasswordDialog.class)).as("closed once saved").isEmpty();
        assertThat(hash(librarian)).isNotEqualTo(hashOfFixtures());
        assertThat(access.current().id()).as("still signed in").isEqualTo(librarian.id());
    }

    @Test
    void aWrongCurrentPasswordIsSaidOnItsFieldAndNothingChanges() {
        Staff librarian = fixtures.create("own", StaffRole.LIBRARIAN, "longwy");
        signIn(librarian);
        UI.getCurrent().navigate("staff");
        click("own-password");
        fill("not my password at all", "my new password, long", "my new password, long");
        click("own-password-save");

        PasswordField current = get(PasswordField.class, "own-password-current");
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).contains("current password");
        assertThat(all(OwnPasswordDialog.class)).as("the form stays open").hasSize(1);
        assertThat(hash(librarian)).isEqualTo(hashOfFixtures());
    }

    @Test
    void theNewPasswordMustBeTypedTwiceAlike() {
        Staff admin = fixtures.create("own", StaffRole.BRANCH_ADMIN, "longwy");
        signIn(admin);
        UI.getCurrent().navigate("staff/users");
        click("staff-user-password-" + admin.username());
        fill(StaffFixtures.PASSWORD, "my new password, long", "my new password, lung");
        click("own-password-save");

        assertThat(get(PasswordField.class, "own-password-repeat").isInvalid()).isTrue();
        assertThat(hash(admin)).isEqualTo(hashOfFixtures());
    }

    private void fill(String current, String password, String repeat) {
        test(get(PasswordField.class, "own-password-current")).setValue(current);
        test(get(PasswordField.class, "own-password-new")).setValue(password);
        test(get(PasswordField.class, "own-password-repeat")).setValue(repeat);
    }

    private String hash(Staff staff) {
        return dsl.select(STAFF_USER.PASSWORD_HASH).from(STAFF_USER).where(STAFF_USER.ID.eq(staff.id())).fetchOne()
                .value1();
    }

    /** Every fixture account is created with the same hash. */
    private String hashOfFixtures() {
        Staff other = fixtures.create("ref", StaffRole.LIBRARIAN, "longwy");
        return hash(other);
    }
}
