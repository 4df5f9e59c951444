package fr.tremplin.holdings;

import fr.tremplin.core.domain.LanguageLevel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/**
 * "Also on the shelves here": records serving a patron's needs with copies in the kiosk's branch; those available
 * now first, then those at the patron's level, then by title.
 */
final class ShelfSearch {

    private static final Sort ORDER = new Sort(SortField.FIELD_SCORE,
            new SortField(SearchFields.SORT_TITLE, SortField.Type.STRING));
    private final SearchIndex index;
    private final ReaderCache<Question, List<ShelfItem>> answers = new ReaderCache<>();

    ShelfSearch(SearchIndex index) {
        this.index = index;
    }

    /** A question as kiosks ask it again and again (one resource page, one need, one branch). */
    private record Question(String branchCode, List<String> needCodes, LanguageLevel level, int max) {
    }

    List<ShelfItem> onShelves(String branchCode, Collection<String> needCodes, LanguageLevel level, int max) {
        if (needCodes.isEmpty() || max < 1) {
            return List.of();
        }
        Question question = new Question(branchCode, List.copyOf(needCodes), level, max);
        return index.search((searcher, state) -> {
            List<ShelfItem> known = answers.get(searcher.getIndexReader(), question);
            if (known == null) {
                known = read(searcher, query(branchCode, needCodes, level), branchCode, max);
                answers.put(searcher.getIndexReader(), question, known);
            }
            return known;
        });
    }

    private List<ShelfItem> read(IndexSearcher searcher, Query query, String branchCode, int max) throws IOException {
        List<ShelfItem> items = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, max, ORDER, true).scoreDocs) {
            IndexedHolding holding = index.holding(searcher.storedFields().document(hit.doc).get(SearchFields.KEY));
            if (holding != null) {
                items.add(new ShelfItem(holding.recordId(), holding.title(), holding.authors(), holding.year(),
                        holding.copiesIn(branchCode)));
            }
        }
        return List.copyOf(items);
    }

    List<ShelfItem> onShelvesFor(String branchCode, String resourceCode, int max) {
        IndexedResource resource = index.resource(SearchFields.resourceKey(resourceCode));
        return resource == null ? List.of() : onShelves(branchCode, resource.needCodes(), null, max);
    }

    private Query query(String branchCode, Collection<String> needCodes, LanguageLevel level) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SearchFields.KIND, SearchFacet.SHELF)), Occur.FILTER)
                .add(needs(needCodes), Occur.FILTER);
        String available = SearchFields.ANYWHERE;
        if (branchCode != null) {
            query.add(new TermQuery(new Term(SearchFields.BRANCH, branchCode)), Occur.FILTER);
            available = branchCode;
        }
        query.add(boost(new TermQuery(new Term(SearchFields.AVAILABLE, available)), 2f), Occur.SHOULD);
        if (level != null) {
            Query atLevel = new TermQuery(new Term(SearchFields.LEVEL, level.name()));
            Query levelUnknown = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
                    .add(new TermQuery(new Term(SearchFields.LEVEL_KNOWN, "yes")), Occur.MUST_NOT).build();
            query.add(new BooleanQuery.Builder().add(atLevel, Occur.SHOULD).add(levelUnknown, Occur.SHOULD).build(),
                    Occur.FILTER);
            query.add(boost(atLevel, 1f), Occur.SHOULD);
        }
        return query.build();
    }

    /** A need's records include its sub-needs' (indexed with their parents); a sub-need's, its parent's own. */
    private Query needs(Collection<String> needCodes) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String code : needCodes) {
            any.add(new TermQuery(new Term(SearchFields.NEED, code)), Occur.SHOULD);
            String parent = index.needs().parentOf(code);
            if (parent != null) {
                any.add(new TermQuery(new Term(SearchFields.OWN_NEED, parent)), Occur.SHOULD);
            }
        }
        return any.build();
    }

    private static Query boost(Query query, float boost) {
        return new BoostQuery(new ConstantScoreQuery(query), boost);
    }
}
