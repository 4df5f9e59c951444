package fr.tremplin.holdings.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.tremplin.holdings.SearchHit;
import fr.tremplin.holdings.ShelfCopy;

/**
 * One result of the staff search ({@code search-result-<id>}): a resource with its code, or a record with every copy
 * (branch, or the unmapped library code, location, shelf mark and state) and its needs to correct.
 */
class StaffSearchResult extends Composite<Div> {

    StaffSearchResult(SearchHit hit, StaffSearchLabels labels, Runnable onTags) {
        Div card = getContent();
        card.setId("search-result-" + hit.id());
        card.addClassName("staff-search-result");
        card.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("padding", "0.5em 0");
        Span kind = new Span(labels.text("staff.search.kind." + hit.kind()) + " · " + hit.id());
        kind.getElement().getThemeList().add("badge");
        card.add(kind, new H4(hit.title()));
        if (hit.byline() != null && !hit.byline().isBlank()) {
            card.add(new Paragraph(hit.byline() + (hit.year() != null ? " · " + hit.year() : "")));
        }
        if (hit.summary() != null && !hit.summary().isBlank()) {
            card.add(new Paragraph(hit.summary()));
        }
        if (!hit.digital()) {
            UnorderedList copies = new UnorderedList();
            for (ShelfCopy copy : hit.copies()) {
                copies.add(new ListItem(copy(copy, labels)));
            }
            Button needs = new Button(labels.text("staff.search.tags"), e -> onTags.run());
            needs.setId("search-tags-" + hit.id());
            needs.addThemeVariants(ButtonVariant.LUMO_SMALL);
            card.add(copies, needs);
        }
    }

    private static String copy(ShelfCopy copy, StaffSearchLabels labels) {
        String where = copy.branchCode() != null ? labels.branch(copy.branchCode())
                : labels.text("staff.search.unmapped-code", copy.libraryCode());
        StringBuilder line = new StringBuilder(where);
        if (copy.location() != null) {
            line.append(" · ").append(copy.location());
        }
        if (copy.shelfMark() != null) {
            line.append(" · ").append(copy.shelfMark());
        }
        return line.append(" · ").append(labels.text("staff.search.copy." + copy.status().name())).toString();
    }
}
