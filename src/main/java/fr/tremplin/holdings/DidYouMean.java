package fr.tremplin.holdings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * A corrected spelling of the words typed, from the words of the index itself: offered when a word is in no
 * record, or when the search found little and a more common word is one or two letters away.
 */
final class DidYouMean {

    static final int FEW_HITS = 3;
    private final DirectSpellChecker checker = new DirectSpellChecker();

    /** Null when there is nothing better to offer. */
    String correct(IndexReader reader, List<String> words, long hits) throws IOException {
        List<String> corrected = new ArrayList<>(words.size());
        boolean changed = false;
        for (String word : words) {
            Term term = new Term(SearchFields.WORDS, word);
            SuggestMode mode = reader.docFreq(term) == 0 ? SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX
                    : hits < FEW_HITS ? SuggestMode.SUGGEST_MORE_POPULAR : null;
            SuggestWord[] suggestions = mode == null ? new SuggestWord[0]
                    : checker.suggestSimilar(term, 1, reader, mode);
            if (suggestions.length > 0) {
                corrected.add(suggestions[0].string);
                changed = true;
            } else {
                corrected.add(word);
            }
        }
        return changed ? String.join(" ", corrected) : null;
    }
}
