package fr.tremplin.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import fr.tremplin.admin.StaffUserService;
import fr.tremplin.core.security.CurrentPassword;
import fr.tremplin.core.security.Passwords;
import fr.tremplin.core.ui.Feedback;
import java.util.Map;
import java.util.Optional;

/** Changes the signed-in user's own password, any role: the current one first, the new one twice. */
class OwnPasswordDialog extends Dialog {

    private final PasswordField current = new PasswordField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    OwnPasswordDialog(StaffUserService users) {
        setId("own-password-dialog");
        setHeaderTitle(getTranslation("staff.own-password.change"));
        current.setLabel(getTranslation("staff.own-password.current"));
        current.setId("own-password-current");
        current.getElement().setAttribute("autocomplete", "current-password");
        password.setLabel(getTranslation("staff.users.new-password"));
        password.setId("own-password-new");
        password.setHelperText(getTranslation("staff.password.too-short", Passwords.MIN_LENGTH));
        repeat.setLabel(getTranslation("staff.own-password.repeat"));
        repeat.setId("own-password-repeat");
        for (PasswordField field : new PasswordField[] {current, password, repeat}) {
            field.setWidthFull();
            field.setRequired(true);
        }
        password.getElement().setAttribute("autocomplete", "new-password");
        repeat.getElement().setAttribute("autocomplete", "new-password");
        add(new Paragraph(getTranslation("staff.own-password.effect")), current, password, repeat);

        Button save = new Button(getTranslation("staff.save"), e -> save(users));
        save.setId("own-password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("staff.cancel"), e -> close());
        cancel.setId("own-password-cancel");
        getFooter().add(cancel, save);
    }

    private void save(StaffUserService users) {
        for (PasswordField field : new PasswordField[] {current, password, repeat}) {
            field.setInvalid(false);
        }
        Optional<String> problem = Passwords.problem(password.getValue());
        if (problem.isPresent()) {
            invalid(password, getTranslation(problem.get(), Passwords.MIN_LENGTH));
        } else if (!password.getValue().equals(repeat.getValue())) {
            invalid(repeat, getTranslation("staff.own-password.mismatch"));
        } else if (Feedback.save(() -> users.changeOwnPassword(current.getValue(), password.getValue()),
                Map.of(CurrentPassword.FIELD, current, "password", password))) {
            close();
        }
    }

    private static void invalid(PasswordField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
