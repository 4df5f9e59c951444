package fr.tremplin.holdings.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import fr.tremplin.holdings.FacetCount;
import fr.tremplin.holdings.SearchFacet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/** The facets of a staff search: each value a toggle button ({@code facet-<name>-<value>}) with its count. */
class StaffSearchFacets extends Composite<Div> {

    StaffSearchFacets(Map<SearchFacet, List<FacetCount>> facets, Map<SearchFacet, Set<String>> picked,
            StaffSearchLabels labels, BiConsumer<SearchFacet, String> onToggle) {
        getContent().setId("search-facets");
        getContent().setMinWidth("16em");
        for (SearchFacet facet : SearchFacet.values()) {
            List<FacetCount> counts = facets.getOrDefault(facet, List.of());
            if (counts.isEmpty()) {
                continue;
            }
            Div group = new Div(new H4(labels.facet(facet)));
            Set<String> on = picked.getOrDefault(facet, Set.of());
            for (FacetCount count : counts) {
                Button button = new Button(labels.value(facet, count.value()) + " (" + count.count() + ")",
                        e -> onToggle.accept(facet, count.value()));
                button.setId("facet-" + facet.key() + "-" + count.value());
                button.addThemeVariants(on.contains(count.value()) ? ButtonVariant.LUMO_PRIMARY
                        : ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_SMALL);
                button.getElement().setAttribute("aria-pressed", String.valueOf(on.contains(count.value())));
                button.getStyle().set("margin", "0 0.25em 0.25em 0");
                group.add(button);
            }
            getContent().add(group);
        }
    }
}
