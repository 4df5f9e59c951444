package fr.tremplin.admin.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import fr.tremplin.admin.BranchAdminService;
import fr.tremplin.admin.BranchRules;
import fr.tremplin.admin.BranchSettings;
import fr.tremplin.admin.EditableBranch;
import fr.tremplin.core.ui.Feedback;
import fr.tremplin.core.ui.StaffLabels;
import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Edits a branch's name, kiosk languages, idle timeout, opening hours and contact. */
class BranchDialog extends Dialog {

    BranchDialog(BranchAdminService branches, EditableBranch editable, Runnable onSaved) {
        BranchSettings branch = editable.settings();
        setId("branch-dialog");
        setHeaderTitle(branch.name());
        setWidth("min(50em, 95vw)");
        BranchDraft draft = BranchDraft.of(branch);
        Binder<BranchDraft> binder = new Binder<>();
        Map<String, HasValidation> fields = new HashMap<>();

        TextField name = new TextField(getTranslation("staff.branches.name"));
        name.setId("branch-name");
        binder.forField(name).asRequired(getTranslation("staff.validation.required"))
                .withValidator(v -> v.strip().length() <= BranchRules.NAME_MAX_LENGTH,
                        getTranslation("staff.validation.too-long", BranchRules.NAME_MAX_LENGTH))
                .bind(d -> d.name, (d, v) -> d.name = v);
        TextField languages = new TextField(getTranslation("staff.branches.languages"));
        languages.setId("branch-languages");
        languages.setHelperText(getTranslation("staff.branches.languages.help"));
        binder.forField(languages).withValidator((v, context) -> result(BranchDraft.languageProblem(v)))
                .bind(d -> d.languages, (d, v) -> d.languages = v);
        IntegerField idle = new IntegerField(getTranslation("staff.branches.idle"));
        idle.setId("branch-idle");
        binder.forField(idle).asRequired(getTranslation("staff.validation.required"))
                .withValidator(v -> v >= BranchRules.IDLE_MIN_SECONDS && v <= BranchRules.IDLE_MAX_SECONDS,
                        getTranslation("staff.validation.range", BranchRules.IDLE_MIN_SECONDS,
                                BranchRules.IDLE_MAX_SECONDS))
                .bind(d -> d.idle, (d, v) -> d.idle = v);
        TextField email = new TextField(getTranslation("staff.branches.email"));
        email.setId("branch-email");
        binder.forField(email).withValidator(v -> v.isBlank() || v.strip().matches(BranchRules.EMAIL_PATTERN),
                getTranslation("staff.validation.email")).bind(d -> d.email, (d, v) -> d.email = v);
        TextField phone = new TextField(getTranslation("staff.branches.phone"));
        phone.setId("branch-phone");
        binder.forField(phone).withValidator(v -> v.isBlank() || v.strip().matches(BranchRules.PHONE_PATTERN),
                getTranslation("staff.validation.phone")).bind(d -> d.phone, (d, v) -> d.phone = v);
        TextField address = new TextField(getTranslation("staff.branches.address"));
        address.setId("branch-address");
        binder.forField(address).withValidator(v -> v.strip().length() <= BranchRules.ADDRESS_MAX_LENGTH,
                getTranslation("staff.validation.too-long", BranchRules.ADDRESS_MAX_LENGTH))
                .bind(d -> d.address, (d, v) -> d.address = v);
        fields.putAll(Map.of("name", name, "languages", languages, "idleTimeoutSeconds", idle, "contactEmail", email,
                "contactPhone", phone, "address", address));
        FormLayout form = new FormLayout(name, languages, idle, email, phone, address);
        for (DayOfWeek day : DayOfWeek.values()) {
            String key = day.name().toLowerCase(Locale.ROOT);
            TextField hours = new TextField(StaffLabels.day(day));
            hours.setId("branch-hours-" + key);
            hours.setPlaceholder("09:00-12:00, 14:00-18:00");
            binder.forField(hours).withValidator((v, context) -> result(BranchDraft.hoursProblem(day, v)))
                    .bind(d -> d.hours.get(day), (d, v) -> d.hours.put(day, v));
            fields.put("openingHours." + key, hours);
            form.add(hours);
        }
        binder.readBean(draft);
        add(new Paragraph(getTranslation("staff.branches.files-note")), form);

        Button save = new Button(getTranslation("staff.save"), e -> {
            if (!binder.writeBeanIfValid(draft)) {
                return;
            }
            if (Feedback.save(() -> branches.update(draft.toSettings(branch), editable.version()), fields)) {
                close();
                onSaved.run();
            }
        });
        save.setId("branch-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("staff.cancel"), e -> close());
        cancel.setId("branch-cancel");
        getFooter().add(cancel, save);
    }

    private ValidationResult result(String problemKey) {
        return problemKey == null ? ValidationResult.ok() : ValidationResult.error(getTranslation(problemKey));
    }
}
