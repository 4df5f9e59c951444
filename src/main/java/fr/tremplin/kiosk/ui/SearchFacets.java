package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import fr.tremplin.holdings.FacetCount;
import fr.tremplin.holdings.SearchFacet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The facets of a search as large toggle pills ({@code facet-<name>-<value>}), each with its count: a tap adds or
 * removes the value from the search. The kiosk shows no branch facet: a kiosk searches its own branch.
 */
class SearchFacets extends Composite<Div> {

    SearchFacets(Map<SearchFacet, List<FacetCount>> facets, Map<SearchFacet, Set<String>> picked,
            Function<SearchFacet, Function<String, String>> labels, BiConsumer<SearchFacet, String> onToggle) {
        getContent().setId("search-facets");
        getContent().addClassName("search-facets");
        for (SearchFacet facet : SearchFacet.values()) {
            List<FacetCount> counts = facets.getOrDefault(facet, List.of());
            if (facet == SearchFacet.BRANCH || counts.isEmpty()) {
                continue;
            }
            Div group = new Div(new H3(getTranslation("kiosk.search.facet." + facet.name())));
            group.addClassName("facet-group");
            Function<String, String> label = labels.apply(facet);
            Set<String> on = picked.getOrDefault(facet, Set.of());
            for (FacetCount count : counts) {
                group.add(pill(facet, count, label.apply(count.value()), on.contains(count.value()), onToggle));
            }
            getContent().add(group);
        }
    }

    private static NativeButton pill(SearchFacet facet, FacetCount count, String label, boolean on,
            BiConsumer<SearchFacet, String> onToggle) {
        Span number = new Span(String.valueOf(count.count()));
        number.addClassName("facet-count");
        NativeButton pill = new NativeButton();
        pill.add(new Span(label), number);
        pill.setId("facet-" + facet.key() + "-" + count.value());
        pill.addClassName("pill");
        pill.addClassName("facet");
        KioskHeader.pressed(pill, on);
        pill.addClickListener(e -> onToggle.accept(facet, count.value()));
        return pill;
    }
}
