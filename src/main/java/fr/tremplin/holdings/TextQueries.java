package fr.tremplin.holdings;

import fr.tremplin.core.i18n.Language;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The query of the words typed: every word must match, by its stem in a title (best), in the reader's language's
 * title, in the body, or, for a typo, within one edit (two for long words). Only words that are rare or absent in
 * the index are matched fuzzily (a common word is not a typo, and fuzzy terms cost most of a search's time); exact
 * and stemmed matches outrank fuzzy ones. The last word also matches as a prefix: the reader may still be typing.
 */
final class TextQueries {

    private static final float TITLE_BOOST = 3f;
    private static final float OWN_LANGUAGE_BOOST = 1.5f;
    private static final float FUZZY_BOOST = 0.3f;
    private static final float PREFIX_BOOST = 0.2f;
    private static final int FUZZY_EXPANSIONS = 30;
    /** A word in fewer records than this may be a typo. */
    static final int RARE = 3;
    private final Analyzer words = SearchAnalyzers.words();
    private final Analyzer stemmed = SearchAnalyzers.stemmed();

    /** The folded, unstemmed words of a text, stop words left out. */
    List<String> words(String text) {
        return SearchAnalyzers.terms(words, SearchFields.WORDS, text);
    }

    /** Null when no word is left (an empty box, or only stop words). */
    Query query(String text, Language language, IndexReader reader) throws IOException {
        List<String> typed = words(text);
        if (typed.isEmpty()) {
            return null;
        }
        boolean stillTyping = !text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1));
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (int i = 0; i < typed.size(); i++) {
            String word = typed.get(i);
            boolean rare = reader.docFreq(new Term(SearchFields.WORDS, word)) < RARE;
            all.add(word(word, language, rare, stillTyping && i == typed.size() - 1), Occur.MUST);
        }
        return all.build();
    }

    private Query word(String word, Language language, boolean rare, boolean prefix) {
        List<String> stems = SearchAnalyzers.terms(stemmed, SearchFields.TITLE, word);
        String stem = stems.isEmpty() ? word : stems.getFirst();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(new BoostQuery(new TermQuery(new Term(SearchFields.TITLE, stem)), TITLE_BOOST), Occur.SHOULD);
        any.add(new TermQuery(new Term(SearchFields.BODY, stem)), Occur.SHOULD);
        if (language != null) {
            any.add(new BoostQuery(new TermQuery(new Term(SearchFields.titleIn(language.code()), stem)),
                    OWN_LANGUAGE_BOOST), Occur.SHOULD);
        }
        int edits = word.length() >= 8 ? 2 : word.length() >= 4 ? 1 : 0;
        if (rare && edits > 0) {
            any.add(new BoostQuery(new FuzzyQuery(new Term(SearchFields.WORDS, word), edits, 1, FUZZY_EXPANSIONS,
                    true), FUZZY_BOOST), Occur.SHOULD);
        }
        if (prefix) {
            String cut = word.length() > SearchAnalyzers.MAX_PREFIX ? word.substring(0, SearchAnalyzers.MAX_PREFIX)
                    : word;
            any.add(new BoostQuery(new TermQuery(new Term(SearchFields.PREFIX, cut)), PREFIX_BOOST), Occur.SHOULD);
        }
        return any.build();
    }
}
