package fr.tremplin.outreach.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fr.tremplin.core.ui.Feedback;
import fr.tremplin.outreach.PartnerDefinition;
import fr.tremplin.outreach.PartnerKind;
import fr.tremplin.outreach.PartnerRegister;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Adds a partner or changes one. Its code cannot change once made: it is printed on slips for years. */
class PartnerDialog extends Dialog {

    /** The "branch" of a department-wide partner in the select. */
    static final String DEPARTMENT = "";

    PartnerDialog(PartnerRegister register, PartnerDefinition partner, Map<String, String> branches,
            boolean departmentAdmin, Runnable onSaved) {
        setId("partner-dialog");
        setHeaderTitle(getTranslation(partner == null ? "staff.partners.new" : "staff.partners.edit"));
        TextField code = new TextField(getTranslation("staff.partners.code"));
        code.setId("partner-code");
        code.setHelperText(getTranslation("staff.partners.code.help"));
        code.setReadOnly(partner != null);
        TextField name = new TextField(getTranslation("staff.partners.name"));
        name.setId("partner-name");
        Select<PartnerKind> kind = new Select<>();
        kind.setId("partner-kind");
        kind.setLabel(getTranslation("staff.partners.kind"));
        kind.setItems(PartnerKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("staff.partners.kind." + k.name()));
        Select<String> branch = new Select<>();
        branch.setId("partner-branch-select");
        branch.setLabel(getTranslation("staff.partners.branch"));
        List<String> choices = new ArrayList<>(branches.keySet());
        if (departmentAdmin) {
            choices.add(0, DEPARTMENT);
        }
        branch.setItems(choices);
        branch.setItemLabelGenerator(c -> c.isEmpty() ? getTranslation("staff.partners.department") : branches.get(c));
        TextField territory = new TextField(getTranslation("staff.partners.territory"));
        territory.setId("partner-territory");
        if (partner != null) {
            code.setValue(partner.code());
            name.setValue(partner.name());
            kind.setValue(partner.kind());
            branch.setValue(partner.branchCode() == null ? DEPARTMENT : partner.branchCode());
            territory.setValue(partner.territory() == null ? "" : partner.territory());
        } else {
            kind.setValue(PartnerKind.ASSOCIATION);
            branch.setValue(choices.get(0));
        }
        add(new FormLayout(code, name, kind, branch, territory));
        Button save = new Button(getTranslation("staff.save"), e -> {
            PartnerDefinition edited = new PartnerDefinition(code.getValue().strip(), name.getValue().strip(),
                    kind.getValue(), branch.getValue() == null || branch.getValue().isEmpty() ? null
                            : branch.getValue(), territory.getValue().isBlank() ? null : territory.getValue().strip());
            if (Feedback.save(() -> register.save(edited), Map.of("code", code, "name", name, "kind", kind,
                    "territory", territory))) {
                close();
                onSaved.run();
            }
        });
        save.setId("partner-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("staff.cancel"), e -> close());
        cancel.setId("partner-cancel");
        getFooter().add(cancel, save);
    }
}
