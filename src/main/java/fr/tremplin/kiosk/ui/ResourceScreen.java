package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import fr.tremplin.catalogue.ResourceCard;
import fr.tremplin.core.domain.AccessMode;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.ui.ReadAloud;
import fr.tremplin.core.ui.Tile;
import fr.tremplin.kiosk.RankedResource;

/**
 * One resource: what it is, what you will learn, why it fits, how to get in; the main action opens it or, for
 * resources that need a code or an account, gets one (shown in the access panel), and a QR code takes it home.
 */
class ResourceScreen extends KioskScreen {

    private final Div qrPanel = new Div();
    private final AccessPanel accessPanel = new AccessPanel();

    ResourceScreen(RankedResource result, Language language, Actions actions) {
        super("resource-screen");
        ResourceCard resource = result.resource();
        question(resource.text().title());
        if (resource.text().summary() != null) {
            getContent().add(ReadAloud.speak(new Paragraph(resource.text().summary())));
        }
        getContent().add(ResourceFacts.facts(this, resource, language));
        if (!result.reasons().isEmpty()) {
            Div why = new Div(ReadAloud.speak(new H2(getTranslation("kiosk.why"))),
                    ResourceFacts.reasons(this, result.reasons()));
            why.setId("resource-why");
            why.addClassName("why");
            getContent().add(why);
        }
        if (resource.text().learn() != null) {
            getContent().add(ReadAloud.speak(new H2(getTranslation("kiosk.resource.learn"))),
                    ReadAloud.speak(new Paragraph(resource.text().learn())));
        }
        AccessSteps steps = new AccessSteps(resource);
        Tile access = getAccess(resource, actions);
        Div buttons = new Div(access);
        buttons.addClassName("actions");
        if (offersQr(resource)) {
            Tile qr = new Tile("qr-home", "qrcode", getTranslation("kiosk.resource.qr"));
            qr.addClassName("secondary-action");
            qr.addClickListener(e -> showQr(resource, actions));
            buttons.add(qr);
        }
        qrPanel.setId("qr-panel");
        qrPanel.addClassName("qr-panel");
        qrPanel.setVisible(false);
        getContent().add(buttons, accessPanel, qrPanel, steps);
        actions.alreadyGiven(resource.code()).ifPresent(given -> {
            access.setVisible(false);
            accessPanel.show(given);
        });
    }

    private Tile getAccess(ResourceCard resource, Actions actions) {
        boolean open = !resource.accessMode().needsCredential() && resource.url() != null;
        Tile access = new Tile("get-access", open ? "external-link" : "key",
                getTranslation(open ? "kiosk.resource.open" : "kiosk.resource.get-access"));
        access.addClassName("main-action");
        access.addClickListener(e -> {
            if (open) {
                actions.open(resource);
            } else {
                // One access per resource and session: the tile goes, what the patron got stays on the page.
                access.setVisible(false);
                actions.askForAccess(resource, accessPanel);
            }
        });
        return access;
    }

    /** A QR code to go on at home: only where the resource can be used from home and has an address. */
    static boolean offersQr(ResourceCard resource) {
        return resource.url() != null && (resource.worksFromHome() || resource.accessMode() == AccessMode.FREE_ONLINE)
                && resource.accessMode() != AccessMode.SHARED_ACCOUNT;
    }

    private void showQr(ResourceCard resource, Actions actions) {
        if (!qrPanel.isVisible()) {
            qrPanel.removeAll();
            Paragraph how = ReadAloud.speak(new Paragraph(getTranslation("kiosk.resource.qr.text")));
            Paragraph address = new Paragraph(resource.url());
            address.addClassName("url");
            address.getElement().setAttribute("dir", "ltr");
            // Relative to the application root (Vaadin's base href): the image is served apart from the session.
            Image qr = new Image("kiosk-qr/" + resource.code() + ".svg", getTranslation("kiosk.resource.qr.alt"));
            qr.addClassName("qr-code");
            qrPanel.add(qr, how, address);
            qrPanel.setVisible(true);
            actions.qrShown(resource);
        }
    }

    interface Actions {
        void open(ResourceCard resource);

        void askForAccess(ResourceCard resource, AccessPanel panel);

        /** What this patron session already got for the resource (a credential, a ticket). */
        java.util.Optional<com.vaadin.flow.component.Component> alreadyGiven(String resourceCode);

        void qrShown(ResourceCard resource);
    }
}
