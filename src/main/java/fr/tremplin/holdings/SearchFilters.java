package fr.tremplin.holdings;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The facet values a reader has picked, as a search screen keeps them: a tap on a value adds or removes it. */
public final class SearchFilters {

    private SearchFilters() {
    }

    /** Adds the value when it was not picked, removes it when it was; a facet left with no value is dropped. */
    public static void toggle(Map<SearchFacet, Set<String>> filters, SearchFacet facet, String value) {
        Set<String> values = filters.computeIfAbsent(facet, f -> new HashSet<>());
        if (!values.remove(value)) {
            values.add(value);
        }
        if (values.isEmpty()) {
            filters.remove(facet);
        }
    }
}
