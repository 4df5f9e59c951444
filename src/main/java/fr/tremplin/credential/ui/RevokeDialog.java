package fr.tremplin.credential.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Asks before a credential is revoked: a revoked credential is never handed out again. */
class RevokeDialog extends Dialog {

    RevokeDialog(long credentialId, Runnable revoke) {
        setId("revoke-confirm");
        setHeaderTitle(getTranslation("staff.credentials.revoke.title", String.valueOf(credentialId)));
        add(new Paragraph(getTranslation("staff.credentials.revoke.text")));
        Button yes = new Button(getTranslation("staff.credentials.revoke"), e -> {
            close();
            revoke.run();
        });
        yes.setId("revoke-confirm-yes");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button no = new Button(getTranslation("staff.cancel"), e -> close());
        no.setId("revoke-confirm-no");
        getFooter().add(no, yes);
    }
}
