package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.tremplin.core.ui.Pictograms;
import fr.tremplin.core.ui.ReadAloud;
import fr.tremplin.holdings.SearchHit;
import fr.tremplin.holdings.availability.RecordAvailability;

/**
 * One search result ({@code search-result-<id>}): a website opens its resource page at a tap; a book shows where it
 * is on the branch's shelves and whether it is there now.
 */
class SearchResultCard extends Composite<Div> {

    private final Div copies = new Div();

    SearchResultCard(SearchHit hit, Runnable onOpen) {
        Div card = getContent();
        card.setId("search-result-" + hit.id());
        card.addClassName("card");
        card.addClassName(hit.digital() ? "result-digital" : "result-shelf");
        Span kind = new Span(getTranslation("kiosk.search.kind." + hit.kind()));
        kind.addClassName("result-kind");
        card.add(Pictograms.icon(hit.digital() ? "globe" : "book"), kind, ReadAloud.speak(new H2(hit.title())));
        if (hit.byline() != null && !hit.byline().isBlank()) {
            Paragraph byline = new Paragraph(hit.byline() + (hit.year() != null ? " · " + hit.year() : ""));
            byline.addClassName("byline");
            card.add(byline);
        }
        if (hit.summary() != null && !hit.summary().isBlank()) {
            card.add(ReadAloud.speak(new Paragraph(hit.summary())));
        }
        if (hit.digital()) {
            NativeButton see = new NativeButton(getTranslation("kiosk.results.see"));
            see.setId("search-open-" + hit.id());
            see.addClassName("pill");
            see.addClassName("card-action");
            card.add(see);
            card.addClickListener(e -> onOpen.run());
        } else {
            copies.addClassName("shelf-copies");
            card.add(copies);
            show(RecordAvailability.fromExport(hit.id(), hit.copies()), false);
        }
    }

    /** The copies' places and states; {@code live} when the library system just said so. */
    void show(RecordAvailability availability, boolean live) {
        copies.removeAll();
        ShelfCopies.add(copies, availability.copies(), live);
    }
}
