package fr.tremplin.holdings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * A corrected spelling of the words typed, from the words of the index itself: offered when a word is in no
 * record, or when the search found little and a more common word is one or two letters away.
 */
final class DidYouMean {

    static final int FEW_HITS = 3;
    private final NearWords nearWords;

    DidYouMean(NearWords nearWords) {
        this.nearWords = nearWords;
    }

    /**
     * Null when there is nothing better to offer.
     *
     * @param corrections the best near word of each typed word found in no record, as the query found them
     */
    String correct(IndexReader reader, List<String> words, Map<String, String> corrections, long hits)
            throws IOException {
        List<String> corrected = new ArrayList<>(words.size());
        boolean changed = false;
        for (String word : words) {
            String better = corrections.get(word);
            if (better == null && hits < FEW_HITS && reader.docFreq(new Term(SearchFields.WORDS, word)) > 0) {
                SuggestWord[] popular = nearWords.near(reader, word, 1, SuggestMode.SUGGEST_MORE_POPULAR);
                better = popular.length == 0 ? null : popular[0].string;
            }
            changed |= better != null;
            corrected.add(better == null ? word : better);
        }
        return changed ? String.join(" ", corrected) : null;
    }
}
