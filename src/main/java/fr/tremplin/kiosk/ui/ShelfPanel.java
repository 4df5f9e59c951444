package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import fr.tremplin.core.ui.Pictograms;
import fr.tremplin.core.ui.ReadAloud;
import fr.tremplin.holdings.ShelfItem;
import fr.tremplin.holdings.availability.RecordAvailability;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Also on the shelves here": books of the branch on the same need, each with the number on its shelf, where it is,
 * and whether it is there now. Drawn at once from the last export; a branch whose library system answers live
 * redraws the statuses when it does.
 */
class ShelfPanel extends Composite<Div> {

    private final Map<String, Div> statuses = new HashMap<>();

    ShelfPanel(List<ShelfItem> shelfItems) {
        Div content = getContent();
        content.setId("shelf-items");
        content.addClassName("shelf-items");
        content.setVisible(!shelfItems.isEmpty());
        content.add(ReadAloud.speak(new H2(getTranslation("kiosk.shelf.title"))));
        Div cards = new Div();
        cards.addClassName("shelf-cards");
        for (ShelfItem item : shelfItems) {
            cards.add(card(item));
        }
        content.add(cards);
        shelfItems.forEach(item -> show(RecordAvailability.fromExport(item.recordId(), item.copies()), false));
    }

    private Div card(ShelfItem item) {
        Div card = new Div();
        card.setId("shelf-item-" + item.recordId());
        card.addClassName("shelf-item");
        H3 title = ReadAloud.speak(new H3(item.title()));
        card.add(Pictograms.icon("book"), title);
        if (item.authors() != null) {
            Paragraph authors = new Paragraph(item.authors() + (item.year() != null ? " · " + item.year() : ""));
            authors.addClassName("byline");
            card.add(authors);
        }
        Div status = new Div();
        status.addClassName("shelf-copies");
        statuses.put(item.recordId(), status);
        card.add(status);
        return card;
    }

    /** Shows each copy's place and state; {@code live} when the library system just said so. */
    void show(RecordAvailability availability, boolean live) {
        Div status = statuses.get(availability.recordId());
        if (status != null) {
            status.removeAll();
            ShelfCopies.add(status, availability.copies(), live);
        }
    }
}
