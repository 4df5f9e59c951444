package fr.tremplin.holdings;

import fr.tremplin.core.i18n.Language;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * The query of the words typed: every word must match, by its stem in a title (best), in the reader's language's
 * title, in the body, or, for a typo, a word of the index within one edit (two for long words). Only words that are
 * rare or absent in the index are matched fuzzily (a common word is not a typo, and fuzzy terms cost most of a
 * search's time); exact and stemmed matches outrank fuzzy ones, and closer words outrank farther ones. The last
 * word also matches as a prefix: the reader may still be typing it.
 */
final class TextQueries {

    private static final float TITLE_BOOST = 3f;
    private static final float OWN_LANGUAGE_BOOST = 1.5f;
    private static final float FUZZY_BOOST = 0.3f;
    private static final float PREFIX_BOOST = 0.2f;
    private static final int FUZZY_EXPANSIONS = 10;
    /** A word in fewer records than this may be a typo. */
    static final int RARE = 3;
    private final Analyzer words = SearchAnalyzers.words();
    private final Analyzer stemmed = SearchAnalyzers.stemmed();
    private final NearWords nearWords;

    TextQueries(NearWords nearWords) {
        this.nearWords = nearWords;
    }

    /** The query of a text, and the best near word of each typed word found in no record. */
    record Parsed(Query query, List<String> words, Map<String, String> corrections) {
    }

    /** The folded, unstemmed words of a text, stop words left out. */
    List<String> words(String text) {
        return SearchAnalyzers.terms(words, SearchFields.WORDS, text);
    }

    /** A null query when no word is left (an empty box, or only stop words). */
    Parsed parse(String text, Language language, IndexReader reader) throws IOException {
        List<String> typed = words(text);
        Map<String, String> corrections = new HashMap<>();
        if (typed.isEmpty()) {
            return new Parsed(null, typed, corrections);
        }
        boolean stillTyping = !text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1));
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (int i = 0; i < typed.size(); i++) {
            String word = typed.get(i);
            BooleanQuery.Builder any = exact(word, language);
            int frequency = reader.docFreq(new Term(SearchFields.WORDS, word));
            if (frequency < RARE) {
                SuggestWord[] near = nearWords.near(reader, word, FUZZY_EXPANSIONS, SuggestMode.SUGGEST_ALWAYS);
                for (SuggestWord candidate : near) {
                    any.add(new BoostQuery(new TermQuery(new Term(SearchFields.WORDS, candidate.string)),
                            FUZZY_BOOST * candidate.score), Occur.SHOULD);
                }
                if (frequency == 0 && near.length > 0) {
                    corrections.put(word, near[0].string);
                }
            }
            if (stillTyping && i == typed.size() - 1) {
                String cut = word.length() > SearchAnalyzers.MAX_PREFIX
                        ? word.substring(0, SearchAnalyzers.MAX_PREFIX) : word;
                any.add(new BoostQuery(new TermQuery(new Term(SearchFields.PREFIX, cut)), PREFIX_BOOST),
                        Occur.SHOULD);
            }
            all.add(any.build(), Occur.MUST);
        }
        return new Parsed(all.build(), typed, corrections);
    }

    private BooleanQuery.Builder exact(String word, Language language) {
        List<String> stems = SearchAnalyzers.terms(stemmed, SearchFields.TITLE, word);
        String stem = stems.isEmpty() ? word : stems.getFirst();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(new BoostQuery(new TermQuery(new Term(SearchFields.TITLE, stem)), TITLE_BOOST), Occur.SHOULD);
        any.add(new TermQuery(new Term(SearchFields.BODY, stem)), Occur.SHOULD);
        // The word as typed, unstemmed: it outranks its near words and other words of the same stem.
        any.add(new BoostQuery(new TermQuery(new Term(SearchFields.WORDS, word)), FUZZY_BOOST), Occur.SHOULD);
        if (language != null) {
            any.add(new BoostQuery(new TermQuery(new Term(SearchFields.titleIn(language.code()), stem)),
                    OWN_LANGUAGE_BOOST), Occur.SHOULD);
        }
        return any;
    }
}
