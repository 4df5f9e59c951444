package fr.tremplin.holdings;

import java.util.List;
import java.util.Map;

/**
 * A page of results, best first; the total of matches; the counts per facet value over all matches; and, when the
 * words found little, a corrected spelling to offer ("did you mean").
 */
public record SearchResults(List<SearchHit> hits, long total, Map<SearchFacet, List<FacetCount>> facets,
        String didYouMean) {

    public SearchResults {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
