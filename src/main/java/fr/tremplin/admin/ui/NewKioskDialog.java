package fr.tremplin.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import fr.tremplin.admin.NewKiosk;
import fr.tremplin.core.ui.QrCode;

/** Shows a new kiosk's registration link and QR code, once: closing this dialog is the last time anyone sees it. */
class NewKioskDialog extends Dialog {

    NewKioskDialog(NewKiosk created) {
        setId("new-kiosk-dialog");
        setHeaderTitle(getTranslation("staff.kiosks.new.title", created.kiosk().label()));
        String link = created.registrationLink();
        TextField linkField = new TextField(getTranslation("staff.kiosks.new.link"));
        linkField.setId("new-kiosk-link");
        linkField.setValue(link);
        linkField.setReadOnly(true);
        linkField.setWidthFull();
        Anchor open = new Anchor(link, getTranslation("staff.kiosks.new.open"));
        open.setId("new-kiosk-open");
        Image qr = new QrCode(link, getTranslation("staff.kiosks.new.qr"));
        qr.setId("new-kiosk-qr");
        qr.setWidth("16em");
        qr.setHeight("16em");
        add(new Paragraph(getTranslation("staff.kiosks.new.text")), linkField, qr, open,
                new Paragraph(getTranslation("staff.kiosks.new.once")));
        Button close = new Button(getTranslation("staff.close"), e -> close());
        close.setId("new-kiosk-close");
        getFooter().add(close);
        setWidth("min(40em, 95vw)");
    }
}
