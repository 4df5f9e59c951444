package fr.tremplin.holdings;

import fr.tremplin.core.i18n.Translations;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Runs one {@link SearchQuery} on the index: the words, the kiosk's branch as a filter, the facet values picked as
 * drill-downs. Facet counts are drill-sideways: a facet's counts ignore its own picks, so other values stay
 * offered (values of one facet are OR-ed).
 */
final class IndexSearch {

    private static final int FACET_VALUES = 100;
    private final SearchIndex index;
    private final NearWords nearWords = new NearWords();
    private final TextQueries texts = new TextQueries(nearWords);
    private final DidYouMean didYouMean = new DidYouMean(nearWords);
    private final ReaderCache<SearchQuery, SearchResults> browsing;

    IndexSearch(SearchIndex index) {
        this(index, true);
    }

    /** Without the cache of browses, to measure them. */
    IndexSearch(SearchIndex index, boolean cacheBrowsing) {
        this.index = index;
        this.browsing = cacheBrowsing ? new ReaderCache<>() : null;
    }

    SearchResults search(SearchQuery query) {
        return index.search((searcher, state) -> {
            if (state == null) {
                return new SearchResults(List.of(), 0, Map.of(), null);
            }
            if (browsing == null || !query.text().isEmpty()) {
                return run(query, searcher, state);
            }
            SearchResults cached = browsing.get(searcher.getIndexReader(), query);
            if (cached == null) {
                cached = run(query, searcher, state);
                browsing.put(searcher.getIndexReader(), query, cached);
            }
            return cached;
        });
    }

    private SearchResults run(SearchQuery query, IndexSearcher searcher, SortedSetDocValuesReaderState state)
            throws IOException {
        TextQueries.Parsed parsed = texts.parse(query.text(), query.language(), searcher.getIndexReader());
        Query text = parsed.query();
        BooleanQuery.Builder base = new BooleanQuery.Builder();
        if (text == null) {
            // No words: everything in scope, the branch's digital resources first.
            base.add(new MatchAllDocsQuery(), Occur.MUST).add(new BoostQuery(new ConstantScoreQuery(
                    new TermQuery(new Term(SearchFields.KIND, SearchFacet.DIGITAL))), 2f), Occur.SHOULD);
        } else {
            base.add(text, Occur.MUST);
        }
        if (query.branchCode() != null) {
            base.add(new TermQuery(new Term(SearchFields.BRANCH, query.branchCode())), Occur.FILTER);
        }
        DrillDownQuery drill = new DrillDownQuery(index.facetsConfig(), base.build());
        query.filters().forEach((facet, values) -> values.forEach(
                value -> drill.add(facet.key(), indexedValue(facet, value, query.branchCode()))));
        DrillSideways.DrillSidewaysResult result = new DrillSideways(searcher, index.facetsConfig(), state)
                .search(drill, query.limit());
        long total = total(result);
        List<SearchHit> hits = new ArrayList<>();
        for (ScoreDoc scoreDoc : result.hits.scoreDocs) {
            String key = searcher.storedFields().document(scoreDoc.doc).get(SearchFields.KEY);
            SearchHit hit = hit(key, query);
            if (hit != null) {
                hits.add(hit);
            }
        }
        String correction = text == null ? null
                : didYouMean.correct(searcher.getIndexReader(), parsed.words(), parsed.corrections(), total);
        return new SearchResults(hits, total, facets(result.facets, query.branchCode()), correction);
    }

    /** "Available now" is stored per branch: the kiosk's branch, or anywhere for staff. */
    private static String indexedValue(SearchFacet facet, String value, String branchCode) {
        if (facet == SearchFacet.AVAILABLE) {
            return branchCode == null ? SearchFields.ANYWHERE : branchCode;
        }
        return value;
    }

    private static long total(DrillSideways.DrillSidewaysResult result) {
        if (result.drillDownFacetsCollector == null) {
            return result.hits.totalHits.value();
        }
        return result.drillDownFacetsCollector.getMatchingDocs().stream()
                .mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
    }

    private static Map<SearchFacet, List<FacetCount>> facets(Facets facets, String branchCode) throws IOException {
        Map<SearchFacet, List<FacetCount>> counts = new EnumMap<>(SearchFacet.class);
        for (SearchFacet facet : SearchFacet.values()) {
            FacetResult result = facets.getTopChildren(FACET_VALUES, facet.key());
            List<LabelAndValue> values = result == null ? List.of() : List.of(result.labelValues);
            counts.put(facet, switch (facet) {
                case AVAILABLE -> values.stream()
                        .filter(v -> v.label.equals(branchCode == null ? SearchFields.ANYWHERE : branchCode))
                        .map(v -> new FacetCount(SearchFacet.NOW, v.value.longValue())).toList();
                case BRANCH -> values.stream().filter(v -> branchCode == null || v.label.equals(branchCode))
                        .map(IndexSearch::count).toList();
                default -> values.stream().map(IndexSearch::count).toList();
            });
        }
        return counts;
    }

    private static FacetCount count(LabelAndValue value) {
        return new FacetCount(value.label, value.value.longValue());
    }

    private SearchHit hit(String key, SearchQuery query) {
        IndexedResource resource = index.resource(key);
        if (resource != null) {
            IndexedResource.Text text = Translations.pick(resource.texts(), query.language());
            return new SearchHit(SearchFacet.DIGITAL, resource.code(), text == null ? resource.code() : text.title(),
                    resource.publisher(), text == null ? null : text.summary(), null, List.of());
        }
        IndexedHolding holding = index.holding(key);
        if (holding == null) {
            return null;
        }
        return new SearchHit(SearchFacet.SHELF, holding.recordId(), holding.title(), byline(holding),
                holding.subjects(), holding.year(), holding.copiesIn(query.branchCode()));
    }

    private static String byline(IndexedHolding holding) {
        String byline = Stream.of(holding.authors(), holding.publisher()).filter(Objects::nonNull)
                .filter(s -> !s.isBlank()).collect(Collectors.joining(" — "));
        return byline.isEmpty() ? null : byline;
    }
}
