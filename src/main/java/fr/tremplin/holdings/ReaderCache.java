package fr.tremplin.holdings;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;

/**
 * Answers read from the current index only, for questions kiosks repeat: browses with no words (they count the
 * facets of the whole collection, 15 ms at 110,000 records, where a search with words takes 2), and the shelves
 * under a resource page (thirty kiosks of a workshop led to one page ask the same). Any change of the index empties
 * it.
 */
final class ReaderCache<K, V> {

    private static final int MAX_ENTRIES = 256;
    private final Map<K, V> answers = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    /** The key of the reader the answers were read from: keeping it does not keep the reader. */
    private Object readerKey;

    synchronized V get(IndexReader reader, K question) {
        Object key = reader.getReaderCacheHelper().getKey();
        if (key != readerKey) {
            readerKey = key;
            answers.clear();
        }
        return answers.get(question);
    }

    synchronized void put(IndexReader reader, K question, V answer) {
        if (reader.getReaderCacheHelper().getKey() == readerKey) {
            answers.put(question, answer);
        }
    }
}
