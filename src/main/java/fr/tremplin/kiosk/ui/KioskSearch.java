package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import fr.tremplin.catalogue.CatalogueService;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.ui.Tile;
import fr.tremplin.holdings.CatalogueSearch;
import fr.tremplin.holdings.SearchFacet;
import fr.tremplin.holdings.SearchFilters;
import fr.tremplin.holdings.SearchHit;
import fr.tremplin.holdings.SearchQuery;
import fr.tremplin.holdings.SearchResults;
import fr.tremplin.holdings.ShelfItem;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The kiosk's catalogue search: the branch's websites and books together. Keeps what the patron typed and picked
 * while they look at a result, and forgets it with the rest of the session.
 */
@SpringComponent
@UIScope
class KioskSearch {

    static final int SHOWN = 30;

    private final CatalogueSearch search;
    private final CatalogueService catalogue;
    private final KioskShelves shelves;
    private final Map<SearchFacet, Set<String>> filters = new EnumMap<>(SearchFacet.class);
    private String text = "";

    KioskSearch(CatalogueSearch search, CatalogueService catalogue, KioskShelves shelves) {
        this.search = search;
        this.catalogue = catalogue;
        this.shelves = shelves;
    }

    /** Adds "search" below a start screen's tiles. */
    KioskScreen offer(KioskScreen screen, Runnable open) {
        Tile tile = new Tile("search-open", "search", screen.getTranslation("kiosk.search.open"));
        tile.addClassName("search-tile");
        tile.addClickListener(e -> open.run());
        screen.append(tile);
        return screen;
    }

    void forget() {
        text = "";
        filters.clear();
    }

    SearchScreen screen(String branchCode, Language language, Consumer<String> openResource) {
        SearchScreen[] holder = new SearchScreen[1];
        Consumer<String> run = typed -> {
            text = typed == null ? "" : typed.strip();
            show(holder[0], branchCode, language, openResource);
        };
        SearchScreen screen = new SearchScreen(text, run, typed -> holder[0].suggest(
                typed.isBlank() ? List.of() : search.suggest(typed, language, branchCode, 6), run));
        holder[0] = screen;
        if (!text.isEmpty() || !filters.isEmpty()) {
            show(screen, branchCode, language, openResource);
        }
        return screen;
    }

    private void show(SearchScreen screen, String branchCode, Language language, Consumer<String> openResource) {
        SearchResults results = search.search(new SearchQuery(text, language, branchCode, Map.copyOf(filters), SHOWN));
        Div facets = new Div(new SearchFacets(results.facets(), filters, labels(language), (facet, value) -> {
            SearchFilters.toggle(filters, facet, value);
            show(screen, branchCode, language, openResource);
        }));
        Map<String, SearchResultCard> cards = new LinkedHashMap<>();
        Map<String, ShelfItem> books = new HashMap<>();
        for (SearchHit hit : results.hits()) {
            cards.put(hit.id(), new SearchResultCard(hit, () -> openResource.accept(hit.id())));
            if (!hit.digital() && !hit.copies().isEmpty()) {
                books.put(hit.id(), new ShelfItem(hit.id(), hit.title(), hit.byline(), hit.year(), hit.copies()));
            }
        }
        screen.show(results.total(), results.didYouMean(), typed -> {
            text = typed;
            show(screen, branchCode, language, openResource);
        }, facets, List.copyOf(cards.values()));
        shelves.whenLive(branchCode, List.copyOf(books.values()), UI.getCurrent(),
                answer -> cards.computeIfPresent(answer.recordId(), (id, card) -> {
                    card.show(answer, true);
                    return card;
                }));
    }

    private Function<SearchFacet, Function<String, String>> labels(Language language) {
        Map<String, String> needs = new HashMap<>();
        catalogue.allNeeds(language).forEach(tile -> needs.put(tile.code(), tile.label()));
        Locale locale = language.locale();
        return facet -> switch (facet) {
            case NEED -> code -> needs.getOrDefault(code, code);
            case LANGUAGE -> code -> Language.fromCode(code).map(Language::nativeName)
                    .orElseGet(() -> Locale.of(code).getDisplayLanguage(locale));
            case KIND -> code -> UI.getCurrent().getTranslation("kiosk.search.kind." + code);
            case AVAILABLE -> code -> UI.getCurrent().getTranslation("kiosk.search.available." + code);
            default -> code -> code;
        };
    }
}
