package fr.tremplin.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import fr.tremplin.admin.StaffAccount;
import fr.tremplin.admin.StaffUserService;
import fr.tremplin.core.security.Passwords;
import fr.tremplin.core.ui.Feedback;
import java.util.Map;

/**
 * Sets a new password for someone else's staff account (which also lifts a lock and signs them out everywhere);
 * the admin hands it over in person.
 */
class PasswordDialog extends Dialog {

    PasswordDialog(StaffUserService users, StaffAccount account) {
        setId("password-dialog");
        setHeaderTitle(getTranslation("staff.users.reset-password.of", account.username()));
        PasswordField password = new PasswordField(getTranslation("staff.users.new-password"));
        password.setId("new-password");
        password.setHelperText(getTranslation("staff.password.too-short", Passwords.MIN_LENGTH));
        String[] value = {""};
        Binder<String[]> binder = new Binder<>();
        binder.forField(password).withValidator(v -> Passwords.problem(v).isEmpty(),
                getTranslation("staff.password.too-short", Passwords.MIN_LENGTH))
                .bind(v -> v[0], (v, p) -> v[0] = p);
        add(new Paragraph(getTranslation("staff.users.reset-password.effect", account.username())), password);
        Button save = new Button(getTranslation("staff.save"), e -> {
            if (!binder.writeBeanIfValid(value)) {
                return;
            }
            if (Feedback.save(() -> users.resetPassword(account.id(), value[0]), Map.of("password", password))) {
                close();
            }
        });
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("staff.cancel"), e -> close());
        cancel.setId("password-cancel");
        getFooter().add(cancel, save);
    }
}
