package fr.tremplin.holdings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.springframework.stereotype.Component;

/**
 * The catalogue's Lucene index, in this node's memory, with the read models its hits are built from. Writes come
 * from one thread at a time (they are synchronized); searches run concurrently on the last refreshed searcher.
 * It takes its documents from any source: the database at run time, generated ones in the benchmark.
 */
@Component
class SearchIndex implements AutoCloseable {

    private final SearchDocuments documents = new SearchDocuments();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<String, IndexedResource> resources = new ConcurrentHashMap<>();
    private final Map<String, IndexedHolding> holdings = new ConcurrentHashMap<>();
    private volatile NeedTree needs = NeedTree.EMPTY;

    SearchIndex() {
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalyzers.forIndex())
                    .setRAMBufferSizeMB(64));
            searchers = new SearcherManager(writer, new FacetedSearcherFactory(documents.config()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    FacetsConfig facetsConfig() {
        return documents.config();
    }

    NeedTree needs() {
        return needs;
    }

    IndexedResource resource(String key) {
        return resources.get(key);
    }

    IndexedHolding holding(String key) {
        return holdings.get(key);
    }

    int holdingCount() {
        return holdings.size();
    }

    /** Replaces every resource, and the need tree their needs and the holdings' are expanded with. */
    synchronized void replaceResources(Collection<IndexedResource> all, NeedTree tree) {
        needs = tree;
        write(() -> {
            writer.deleteDocuments(new Term(SearchFields.KIND, SearchFacet.DIGITAL));
            for (IndexedResource resource : all) {
                resources.put(SearchFields.key(resource), resource);
                writer.addDocument(documents.resource(resource, tree));
            }
            resources.keySet().retainAll(all.stream().map(SearchFields::key).toList());
        });
    }

    /** Replaces every holding (retired ones given are left out). */
    synchronized void replaceHoldings(Collection<IndexedHolding> all) {
        write(() -> {
            writer.deleteDocuments(new Term(SearchFields.KIND, SearchFacet.SHELF));
            holdings.clear();
            for (IndexedHolding holding : all) {
                if (!holding.retired()) {
                    holdings.put(SearchFields.key(holding), holding);
                    writer.addDocument(documents.holding(holding, needs));
                }
            }
        });
    }

    /** Adds or replaces the given holdings, and drops the retired ones. */
    synchronized void putHoldings(Collection<IndexedHolding> changed) {
        if (changed.isEmpty()) {
            return;
        }
        write(() -> {
            for (IndexedHolding holding : changed) {
                String key = SearchFields.key(holding);
                Term term = new Term(SearchFields.KEY, key);
                if (holding.retired()) {
                    writer.deleteDocuments(term);
                    holdings.remove(key);
                } else {
                    holdings.put(key, holding);
                    writer.updateDocument(term, documents.holding(holding, needs));
                }
            }
        });
    }

    /** Runs a search on the current searcher; null state when the index is still empty. */
    <T> T search(SearchFunction<T> function) {
        try {
            FacetedSearcher searcher = (FacetedSearcher) searchers.acquire();
            try {
                return function.apply(searcher, searcher.state);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }

    private void write(IndexWrite write) {
        try {
            write.run();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    interface SearchFunction<T> {
        T apply(IndexSearcher searcher, SortedSetDocValuesReaderState facets) throws IOException;
    }

    @FunctionalInterface
    private interface IndexWrite {
        void run() throws IOException;
    }

    /** A searcher with the facet ordinals of its reader, computed once per refresh rather than per search. */
    private static final class FacetedSearcher extends IndexSearcher {
        private final SortedSetDocValuesReaderState state;

        FacetedSearcher(IndexReader reader, FacetsConfig config) throws IOException {
            super(reader);
            state = reader.numDocs() == 0 ? null : new DefaultSortedSetDocValuesReaderState(reader, config);
        }
    }

    private static final class FacetedSearcherFactory extends SearcherFactory {
        private final FacetsConfig config;

        FacetedSearcherFactory(FacetsConfig config) {
            this.config = config;
        }

        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
            return new FacetedSearcher(reader, config);
        }
    }
}
