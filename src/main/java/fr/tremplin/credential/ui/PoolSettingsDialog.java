package fr.tremplin.credential.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import fr.tremplin.core.ui.Feedback;
import fr.tremplin.credential.CredentialPools;
import fr.tremplin.credential.PoolSettings;
import fr.tremplin.credential.PoolStock;

/** Edits how a pool hands out its credentials: policy, loan days, low-stock threshold, library-card check. */
class PoolSettingsDialog extends Dialog {

    PoolSettingsDialog(CredentialPools pools, PoolStock pool, Runnable onSaved) {
        setId("pool-settings-dialog");
        setHeaderTitle(getTranslation("staff.credentials.settings.title", pool.resourceTitle()));
        PoolSettingsForm form = new PoolSettingsForm(pool.settings());
        Button save = new Button(getTranslation("staff.save"), e -> {
            PoolSettings settings = form.settings();
            if (settings != null && Feedback.save(() -> pools.updatePool(pool.poolId(), settings), form.fields())) {
                close();
                onSaved.run();
            }
        });
        save.setId("pool-settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("staff.cancel"), e -> close());
        cancel.setId("pool-settings-cancel");
        add(form);
        getFooter().add(cancel, save);
        setWidth("min(40em, 95vw)");
    }
}
