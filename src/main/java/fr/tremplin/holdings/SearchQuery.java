package fr.tremplin.holdings;

import fr.tremplin.core.i18n.Language;
import java.util.Map;
import java.util.Set;

/**
 * One catalogue search: the words typed (may be empty: then everything matching the filters), the reader's language
 * (titles and summaries of resources in that language first), the branch of the kiosk ({@code null} on staff screens:
 * every branch, and holdings whose library code maps to no branch too), and the facet values picked (values of one
 * facet are OR-ed, facets AND-ed).
 */
public record SearchQuery(String text, Language language, String branchCode, Map<SearchFacet, Set<String>> filters,
        int limit) {

    public SearchQuery {
        text = text == null ? "" : text.strip();
        filters = Map.copyOf(filters);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
    }

    public static SearchQuery of(String text, Language language, String branchCode) {
        return new SearchQuery(text, language, branchCode, Map.of(), 30);
    }
}
