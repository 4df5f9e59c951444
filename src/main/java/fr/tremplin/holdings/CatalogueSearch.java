package fr.tremplin.holdings;

import fr.tremplin.core.domain.LanguageLevel;
import fr.tremplin.core.i18n.Language;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The catalogue search over digital resources and the library's shelves together (issue 14): words with French
 * stemming and typo tolerance, facets, as-you-type suggestions, and "also on the shelves here" for kiosks. A kiosk
 * (a branch code) sees the resources its branch offers and the records with a copy there; staff (null) see all,
 * records whose library code maps to no branch included. It reads this node's Lucene index, never the database.
 */
@Service
public class CatalogueSearch {

    /** A search right after start-up waits this long for the index, then searches what is there. */
    private static final Duration FIRST_BUILD_WAIT = Duration.ofSeconds(3);
    private final SearchIndexSync sync;
    private final IndexSearch search;
    private final Suggestions suggestions;
    private final ShelfSearch shelves;
    private volatile boolean built;

    CatalogueSearch(SearchIndex index, SearchIndexSync sync) {
        this.sync = sync;
        this.search = new IndexSearch(index);
        this.suggestions = new Suggestions(index);
        this.shelves = new ShelfSearch(index);
    }

    public SearchResults search(SearchQuery query) {
        awaitFirstBuild();
        return search.search(query);
    }

    /** Titles starting with what is typed (accents and case ignored), in the kiosk's branch; best first. */
    public List<String> suggest(String prefix, Language language, String branchCode, int max) {
        awaitFirstBuild();
        return suggestions.suggest(prefix, language, branchCode, max);
    }

    /**
     * Records serving one of the needs (a need's records include its sub-needs'; a sub-need's include those of its
     * parent as a whole) with a copy in the branch; available ones first, then at the level (when given).
     */
    public List<ShelfItem> onShelves(String branchCode, Collection<String> needCodes, LanguageLevel level, int max) {
        awaitFirstBuild();
        return shelves.onShelves(branchCode, needCodes, level, max);
    }

    /** {@link #onShelves} for the needs the resource serves. */
    public List<ShelfItem> onShelvesFor(String branchCode, String resourceCode, int max) {
        awaitFirstBuild();
        return shelves.onShelvesFor(branchCode, resourceCode, max);
    }

    /** Brings this node's index up to date with the database now (tests, and staff after a mapping). */
    public void refresh() {
        sync.refresh();
    }

    /** Rebuilds this node's index from the database. */
    public void reindexAll() {
        sync.reindexAll();
    }

    private void awaitFirstBuild() {
        if (!built) {
            built = sync.awaitBuilt(FIRST_BUILD_WAIT);
        }
    }
}
