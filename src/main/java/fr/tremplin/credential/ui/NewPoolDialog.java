package fr.tremplin.credential.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import fr.tremplin.core.ui.Feedback;
import fr.tremplin.core.ui.StaffLabels;
import fr.tremplin.credential.CredentialPools;
import fr.tremplin.credential.PoolCandidate;
import fr.tremplin.credential.PoolSettings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Creates the pool of an offer that hands out credentials and has none yet. */
class NewPoolDialog extends Dialog {

    NewPoolDialog(CredentialPools pools, String branchCode, List<PoolCandidate> candidates, Runnable onCreated) {
        setId("pool-new-dialog");
        setHeaderTitle(getTranslation("staff.credentials.new.title"));
        Select<PoolCandidate> resource = new Select<>();
        resource.setId("pool-new-resource");
        resource.setLabel(getTranslation("staff.credentials.new.resource"));
        resource.setItems(candidates);
        resource.setItemLabelGenerator(c -> c.resourceTitle() + " (" + StaffLabels.accessMode(c.accessMode()) + ")");
        resource.setRequiredIndicatorVisible(true);
        resource.setWidthFull();
        PoolSettingsForm form = new PoolSettingsForm(PoolSettings.DEFAULT);
        Button save = new Button(getTranslation("staff.credentials.new.create"), e -> {
            PoolCandidate chosen = resource.getValue();
            resource.setInvalid(chosen == null);
            resource.setErrorMessage(chosen == null ? getTranslation("staff.validation.required") : null);
            PoolSettings settings = form.settings();
            if (chosen == null || settings == null) {
                return;
            }
            Map<String, HasValidation> fields = new HashMap<>(form.fields());
            fields.put("resource", resource);
            if (Feedback.save(() -> pools.createPool(branchCode, chosen.resourceCode(), settings), fields)) {
                close();
                onCreated.run();
            }
        });
        save.setId("pool-new-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("staff.cancel"), e -> close());
        cancel.setId("pool-new-cancel");
        add(new Paragraph(getTranslation("staff.credentials.new.text")), resource, form);
        getFooter().add(cancel, save);
        setWidth("min(40em, 95vw)");
    }
}
