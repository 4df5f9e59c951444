package fr.tremplin.holdings;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Words of the index one edit away from a typed word (two for words of 8 letters or more), best first. One lookup
 * serves both the typo matching and "did you mean": a fuzzy query would enumerate the same terms a second time.
 */
final class NearWords {

    private final DirectSpellChecker oneEdit = checker(1);
    private final DirectSpellChecker twoEdits = checker(2);

    /** How many edits a word of this length may hide: none under 4 letters. */
    static int edits(String word) {
        return word.length() >= 8 ? 2 : word.length() >= 4 ? 1 : 0;
    }

    SuggestWord[] near(IndexReader reader, String word, int max, SuggestMode mode) throws IOException {
        int edits = edits(word);
        if (edits == 0) {
            return new SuggestWord[0];
        }
        return (edits == 2 ? twoEdits : oneEdit).suggestSimilar(new Term(SearchFields.WORDS, word), max, reader,
                mode);
    }

    private static DirectSpellChecker checker(int maxEdits) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(maxEdits);
        // Rare words only, counted in records: the default (1 % of the index) would spare every word of a small one.
        checker.setMaxQueryFrequency(TextQueries.RARE - 1);
        return checker;
    }
}
