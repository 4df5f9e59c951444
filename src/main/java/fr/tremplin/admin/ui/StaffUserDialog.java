package fr.tremplin.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import fr.tremplin.admin.StaffAccount;
import fr.tremplin.admin.StaffAccountForm;
import fr.tremplin.admin.StaffUserService;
import fr.tremplin.core.security.Passwords;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.core.ui.Feedback;
import fr.tremplin.core.ui.StaffLabels;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/** Creates a staff account (with its first password) or changes one's name, role and branches. */
class StaffUserDialog extends Dialog {

    /** What the form edits. */
    static final class Draft {
        String username = "";
        String displayName = "";
        StaffRole role = StaffRole.LIBRARIAN;
        Set<String> branches = new HashSet<>();
        String partner;
        String password = "";
    }

    StaffUserDialog(StaffUserService users, StaffAccount account, Map<String, String> branchNames,
            Map<String, String> partners, boolean departmentAdmin, Runnable onSaved) {
        setId("staff-user-dialog");
        setHeaderTitle(getTranslation(account == null ? "staff.users.create" : "staff.users.edit", account == null
                ? "" : account.username()));
        TextField username = new TextField(getTranslation("staff.users.username"));
        username.setId("staff-user-username");
        username.setReadOnly(account != null);
        TextField displayName = new TextField(getTranslation("staff.users.display-name"));
        displayName.setId("staff-user-display-name");
        Select<StaffRole> role = new Select<>();
        role.setId("staff-user-role");
        role.setLabel(getTranslation("staff.users.role"));
        role.setItems(departmentAdmin ? List.of(StaffRole.values()) : List.of(StaffRole.LIBRARIAN));
        role.setItemLabelGenerator(r -> StaffLabels.role(r));
        CheckboxGroup<String> branches = new CheckboxGroup<>(getTranslation("staff.users.branches"));
        branches.setId("staff-user-branches");
        branches.setItems(branchNames.keySet());
        branches.setItemLabelGenerator(code -> branchNames.getOrDefault(code, code));
        Select<String> partner = new Select<>();
        partner.setId("staff-user-partner");
        partner.setLabel(getTranslation("staff.users.partner"));
        partner.setItems(partners.keySet());
        partner.setItemLabelGenerator(code -> partners.getOrDefault(code, code) + " (" + code + ")");
        Runnable showScope = () -> {
            branches.setVisible(role.getValue() != StaffRole.PARTNER);
            partner.setVisible(role.getValue() == StaffRole.PARTNER);
        };
        role.addValueChangeListener(e -> showScope.run());
        PasswordField password = new PasswordField(getTranslation("staff.users.first-password"));
        password.setId("staff-user-password");
        password.setVisible(account == null);

        Binder<Draft> binder = new Binder<>();
        binder.forField(username).asRequired(getTranslation("staff.validation.required"))
                .withValidator(v -> v.strip().matches(StaffAccountForm.USERNAME_PATTERN),
                        getTranslation("staff.users.username.pattern"))
                .bind(d -> d.username, (d, v) -> d.username = v);
        binder.forField(displayName).withValidator(v -> v.length() <= 200, getTranslation("staff.validation.too-long",
                200)).bind(d -> d.displayName, (d, v) -> d.displayName = v);
        binder.forField(role).asRequired(getTranslation("staff.validation.required"))
                .bind(d -> d.role, (d, v) -> d.role = v);
        binder.forField(branches)
                .withValidator(v -> !v.isEmpty() || role.getValue() == StaffRole.DEPARTMENT_ADMIN
                        || role.getValue() == StaffRole.PARTNER, getTranslation("staff.users.branches.none"))
                .bind(d -> d.branches, (d, v) -> d.branches = new HashSet<>(v));
        binder.forField(partner)
                .withValidator(v -> v != null || role.getValue() != StaffRole.PARTNER,
                        getTranslation("staff.users.partner.none"))
                .bind(d -> d.partner, (d, v) -> d.partner = v);
        if (account == null) {
            binder.forField(password).withValidator(v -> Passwords.problem(v).isEmpty(),
                    getTranslation("staff.password.too-short", Passwords.MIN_LENGTH))
                    .bind(d -> d.password, (d, v) -> d.password = v);
        }
        Draft draft = new Draft();
        if (account != null) {
            draft.username = account.username();
            draft.displayName = account.displayName() == null ? "" : account.displayName();
            draft.role = account.role();
            draft.branches = new HashSet<>(account.branchCodes());
            draft.partner = account.partnerCode();
        }
        binder.readBean(draft);
        showScope.run();
        add(new FormLayout(username, displayName, role, branches, partner, password));

        Button save = new Button(getTranslation("staff.save"), e -> {
            if (!binder.writeBeanIfValid(draft)) {
                return;
            }
            StaffAccountForm form = new StaffAccountForm(draft.username, draft.displayName, draft.role,
                    draft.branches, draft.partner);
            Runnable write = account == null ? () -> users.create(form, draft.password)
                    : () -> users.update(account.id(), form, account.version());
            try {
                if (Feedback.save(write, Map.of("username", username, "displayName", displayName, "role", role,
                        "branchCodes", branches, "partnerCode", partner, "password", password))) {
                    close();
                    onSaved.run();
                }
            } catch (AccessDeniedException ex) {
                Feedback.error(getTranslation("staff.denied"));
            }
        });
        save.setId("staff-user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("staff.cancel"), e -> close());
        cancel.setId("staff-user-cancel");
        getFooter().add(cancel, save);
    }
}
