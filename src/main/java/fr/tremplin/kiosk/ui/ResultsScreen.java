package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.ui.Pictograms;
import fr.tremplin.core.ui.ReadAloud;
import fr.tremplin.kiosk.RankedResource;
import java.util.List;
import java.util.function.Consumer;

/** The resources that fit, best first, each as a card; or, when none fits, the closest ones and an offer of help. */
class ResultsScreen extends KioskScreen {

    ResultsScreen(List<RankedResource> results, Language language, Consumer<RankedResource> onOpen,
            Runnable onHelp) {
        super("results-screen");
        boolean anyFit = results.stream().anyMatch(RankedResource::fits);
        question(getTranslation(anyFit ? "kiosk.results.question" : "kiosk.results.closest"));
        if (!anyFit) {
            Paragraph none = ReadAloud.speak(new Paragraph(getTranslation("kiosk.results.none")));
            none.setId("no-fit");
            none.addClassName("notice");
            NativeButton help = new NativeButton(getTranslation("kiosk.help"), e -> onHelp.run());
            help.setId("no-fit-help");
            help.addClassName("pill");
            help.addComponentAsFirst(Pictograms.icon("lifebuoy"));
            getContent().add(new Div(none, help));
        }
        Div cards = new Div();
        cards.addClassName("cards");
        for (RankedResource result : results) {
            cards.add(card(result, language, onOpen));
        }
        getContent().add(cards);
    }

    /** The whole card takes a tap; its "see" button carries keyboard and screen-reader users to the same place. */
    private Div card(RankedResource result, Language language, Consumer<RankedResource> onOpen) {
        var resource = result.resource();
        Div card = new Div();
        card.setId("resource-card-" + resource.code());
        card.addClassName("card");
        H2 title = ReadAloud.speak(new H2(resource.text().title()));
        card.add(Pictograms.icon(resource.pictogram() != null ? resource.pictogram() : "book"), title);
        if (resource.text().summary() != null) {
            card.add(ReadAloud.speak(new Paragraph(resource.text().summary())));
        }
        card.add(ResourceFacts.facts(this, resource, language));
        if (!result.reasons().isEmpty()) {
            Div why = new Div(new Paragraph(getTranslation("kiosk.why")), ResourceFacts.reasons(this, result.reasons()));
            why.setId("resource-why-" + resource.code());
            why.addClassName("why");
            card.add(why);
        }
        NativeButton see = new NativeButton(getTranslation("kiosk.results.see"));
        see.setId("resource-open-" + resource.code());
        see.addClassName("pill");
        see.addClassName("card-action");
        card.add(see);
        card.addClickListener(e -> onOpen.accept(result));
        return card;
    }
}
