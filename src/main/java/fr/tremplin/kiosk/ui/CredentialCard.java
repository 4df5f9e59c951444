package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.tremplin.catalogue.ResourceCard;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.ui.QrCode;
import fr.tremplin.core.ui.ReadAloud;
import fr.tremplin.core.ui.Tile;
import fr.tremplin.credential.IssuedCredential;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The credential a patron just got: login and code in large type, how long it works, a QR code to open the website
 * on a phone, "Open" and "Print". A shared account is shown on screen only: no QR code, no slip.
 */
class CredentialCard extends Composite<Div> {

    CredentialCard(IssuedCredential credential, ResourceCard resource, ResourceCard inFrench, Language language,
            String branchName, Runnable open) {
        Div root = getContent();
        root.setId("credential-card");
        root.addClassName("credential-card");
        root.add(ReadAloud.speak(new H2(getTranslation("kiosk.credential.title"))));
        if (credential.login() != null) {
            root.add(field("kiosk.credential.login", CredentialText.of("credential-login", credential.login())));
        }
        if (credential.secret() != null) {
            root.add(field(credential.login() == null ? "kiosk.credential.code" : "kiosk.credential.password",
                    CredentialText.of("credential-secret", credential.secret())));
        }
        root.add(note("credential-legend", "kiosk.credential.legend"));
        if (credential.validUntil() != null) {
            Paragraph until = ReadAloud.speak(new Paragraph(getTranslation("kiosk.credential.valid-until",
                    date(credential.validUntil(), language))));
            until.setId("credential-valid-until");
            root.add(until);
        }
        root.add(note("credential-keep", credential.printable() ? "kiosk.credential.keep" : "kiosk.credential.shared"));
        Div actions = new Div();
        actions.addClassName("actions");
        if (resource.url() != null) {
            Tile openTile = new Tile("credential-open", "external-link", getTranslation("kiosk.credential.open"));
            openTile.addClassName("main-action");
            openTile.addClickListener(e -> open.run());
            actions.add(openTile);
        }
        if (credential.printable()) {
            Tile print = new Tile("print-slip", "print", getTranslation("kiosk.credential.print"));
            print.addClassName("secondary-action");
            print.addClickListener(e -> print.getElement().executeJs("window.print()"));
            actions.add(print);
        }
        if (actions.getComponentCount() > 0) {
            root.add(actions);
        }
        String qrAddress = credential.loginLink() != null ? credential.loginLink() : resource.url();
        if (credential.printable() && qrAddress != null) {
            QrCode qr = new QrCode(qrAddress, getTranslation("kiosk.credential.qr.alt"));
            qr.setId("credential-qr");
            Div qrPanel = new Div(qr, ReadAloud.speak(new Paragraph(getTranslation("kiosk.credential.qr"))));
            qrPanel.addClassName("qr-panel");
            root.add(qrPanel);
        }
        if (credential.printable()) {
            root.add(new CredentialSlip(credential, resource, inFrench, language, branchName));
        }
    }

    private Div field(String labelKey, Span value) {
        Span label = ReadAloud.speak(new Span(getTranslation(labelKey)));
        label.addClassName("credential-label");
        Div field = new Div(label, value);
        field.addClassName("credential-field");
        return field;
    }

    private Paragraph note(String id, String key) {
        Paragraph note = ReadAloud.speak(new Paragraph(getTranslation(key)));
        note.setId(id);
        note.addClassName("credential-note");
        return note;
    }

    static String date(LocalDate day, Language language) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.numberLocale()));
    }
}
