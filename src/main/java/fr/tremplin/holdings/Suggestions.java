package fr.tremplin.holdings;

import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.i18n.Translations;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Titles to offer as the reader types: every finished word must be in the title's record, the last one may be
 * the start of a title word (an edge n-gram term lookup, no term expansion). Within the kiosk's branch only.
 */
final class Suggestions {

    private final SearchIndex index;
    private final TextQueries texts = new TextQueries(new NearWords());

    Suggestions(SearchIndex index) {
        this.index = index;
    }

    List<String> suggest(String prefix, Language language, String branchCode, int max) {
        List<String> words = prefix == null ? List.of() : texts.words(prefix);
        if (words.isEmpty() || max < 1) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < words.size() - 1; i++) {
            query.add(new TermQuery(new Term(SearchFields.WORDS, words.get(i))), Occur.MUST);
        }
        String last = words.getLast();
        query.add(new TermQuery(new Term(SearchFields.PREFIX,
                last.length() > SearchAnalyzers.MAX_PREFIX ? last.substring(0, SearchAnalyzers.MAX_PREFIX) : last)),
                Occur.MUST);
        if (branchCode != null) {
            query.add(new TermQuery(new Term(SearchFields.BRANCH, branchCode)), Occur.FILTER);
        }
        BooleanQuery built = query.build();
        return index.search((searcher, state) -> {
            Set<String> titles = new LinkedHashSet<>();
            for (ScoreDoc hit : searcher.search(built, max * 3).scoreDocs) {
                String title = title(searcher.storedFields().document(hit.doc).get(SearchFields.KEY), language);
                if (title != null && titles.size() < max) {
                    titles.add(title);
                }
            }
            return List.copyOf(titles);
        });
    }

    private String title(String key, Language language) {
        IndexedResource resource = index.resource(key);
        if (resource != null) {
            IndexedResource.Text text = Translations.pick(resource.texts(), language);
            return text == null ? null : text.title();
        }
        IndexedHolding holding = index.holding(key);
        return holding == null ? null : holding.title();
    }
}
