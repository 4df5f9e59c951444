package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import fr.tremplin.catalogue.CatalogueService;
import fr.tremplin.catalogue.ResourceCard;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.ui.Pictograms;
import fr.tremplin.core.ui.ReadAloud;
import fr.tremplin.core.ui.Tile;
import fr.tremplin.credential.IssuedCredential;
import fr.tremplin.workshop.SeatTicket;
import fr.tremplin.workshop.Workshop;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * What a workshop lays over the kiosk: the seat banner ({@code workshop-banner}), the locked screen
 * ({@code workshop-locked}), a handed-out credential ({@code workshop-credential}), and after the end the question
 * "did it help you?" ({@code workshop-satisfaction}), which does not block the start screen.
 */
@SpringComponent
@UIScope
class WorkshopOverlays {

    private static final List<String> FACES = List.of("frown-o", "meh-o", "smiley-o");

    private final CatalogueService catalogue;

    WorkshopOverlays(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    void banner(KioskWorkshop.Host host, SeatTicket ticket, Workshop workshop) {
        Div slot = host.bannerSlot();
        slot.removeAll();
        Span seat = new Span(t("kiosk.workshop.banner", ticket.number()));
        seat.addClassName("workshop-banner-seat");
        Div banner = new Div(Pictograms.icon("group"), seat);
        banner.setId("workshop-banner");
        banner.addClassName("workshop-banner");
        if (workshop.leading()) {
            Span follow = new Span(t("kiosk.workshop.follow"));
            follow.setId("workshop-follow");
            follow.addClassName("workshop-follow");
            banner.add(follow);
        }
        slot.add(banner);
    }

    void lock(KioskWorkshop.Host host, boolean locked) {
        find(host.overlaySlot(), "workshop-locked").ifPresent(host.overlaySlot()::remove);
        if (locked) {
            Paragraph text = ReadAloud.speak(new Paragraph(t("kiosk.workshop.locked")));
            Div cover = new Div(Pictograms.icon("eye"), text);
            cover.setId("workshop-locked");
            cover.addClassName("workshop-locked");
            cover.getElement().setAttribute("role", "alertdialog");
            cover.getElement().setAttribute("aria-modal", "true");
            host.overlaySlot().add(cover);
        }
    }

    void credential(KioskWorkshop.Host host, IssuedCredential credential, String resourceCode,
            JourneyController journey) {
        find(host.overlaySlot(), "workshop-credential").ifPresent(host.overlaySlot()::remove);
        Language language = journey.journey().language();
        String branch = journey.branch().code();
        Optional<ResourceCard> resource = catalogue.offeredResource(branch, resourceCode, language);
        if (resource.isEmpty()) {
            return;
        }
        ResourceCard inFrench = catalogue.offeredResource(branch, resourceCode, Language.FR).orElse(null);
        Div panel = new Div();
        panel.setId("workshop-credential");
        panel.addClassName("workshop-credential");
        panel.getElement().setAttribute("role", "dialog");
        panel.getElement().setAttribute("aria-modal", "true");
        Paragraph title = ReadAloud.speak(new Paragraph(t("kiosk.workshop.credential")));
        title.addClassName("workshop-credential-title");
        Tile close = new Tile("workshop-credential-close", "close", t("kiosk.workshop.credential.close"));
        close.addClassName("secondary-action");
        close.addClickListener(e -> host.overlaySlot().remove(panel));
        panel.add(title, new CredentialCard(credential, resource.get(), inFrench, language, journey.branch().name(),
                () -> journey.openWebsite(resource.get().url())), close);
        host.overlaySlot().add(panel);
    }

    /**
     * Asks in the language the patron used during the workshop, though the start screen beneath is already back in
     * the kiosk's first language for the next person.
     */
    void satisfaction(KioskWorkshop.Host host, Language language, IntConsumer onAnswer) {
        clearSatisfaction(host);
        Div faces = new Div();
        faces.addClassNames("tiles", "faces");
        Div panel = new Div(ReadAloud.speak(new Paragraph(t(language, "kiosk.workshop.over"))), faces);
        panel.setId("workshop-satisfaction");
        panel.addClassName("workshop-satisfaction");
        panel.getElement().setAttribute("lang", language.code());
        panel.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
        for (int score = 1; score <= 3; score++) {
            int chosen = score;
            Tile face = new Tile("workshop-satisfaction-" + score, FACES.get(score - 1),
                    t(language, "kiosk.satisfaction." + score));
            face.addClickListener(e -> {
                onAnswer.accept(chosen);
                host.bannerSlot().remove(panel);
            });
            faces.add(face);
        }
        host.bannerSlot().add(panel);
    }

    void clearSatisfaction(KioskWorkshop.Host host) {
        find(host.bannerSlot(), "workshop-satisfaction").ifPresent(host.bannerSlot()::remove);
    }

    void clear(KioskWorkshop.Host host) {
        host.bannerSlot().removeAll();
        host.overlaySlot().removeAll();
    }

    private static Optional<Component> find(Div slot, String id) {
        return slot.getChildren().filter(c -> c.getId().filter(id::equals).isPresent()).findFirst();
    }

    private static String t(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }

    private static String t(Language language, String key) {
        return UI.getCurrent().getTranslation(language.locale(), key);
    }
}
