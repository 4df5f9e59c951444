package fr.tremplin.holdings;

import fr.tremplin.core.domain.LanguageLevel;
import fr.tremplin.core.i18n.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a test: {@code mvn -Pbench test -Dtest=CatalogueSearchBenchmark} builds the index over 10,000 generated
 * resources and 100,000 generated holdings (no database: the index takes read models from any source), then prints
 * the build time and the warm p50/p95 of a mix of searches (words, two words, typos, facet filters, kiosk
 * branches, empty box with a facet), of suggestions and of "on the shelves". Goal of issue 14: search p95 < 5 ms.
 * Searches with no words are cached until the index changes; their cost without the cache is printed apart.
 */
@Tag("bench")
class CatalogueSearchBenchmark {

    private static final int RESOURCES = Integer.getInteger("bench.resources", 10_000);
    private static final int HOLDINGS = Integer.getInteger("bench.holdings", 100_000);
    private static final int QUERIES = 400;
    private static final int ROUNDS = 3;
    /** What the queries of the mix are, in turn. */
    private static final List<String> KINDS = List.of("word (kiosk)", "word (staff)", "two words", "typo",
            "word+need+now", "shelf+A2 (half with no words)");

    @Test
    void searchOverAHundredThousandHoldings() throws Exception {
        SyntheticCatalogue catalogue = new SyntheticCatalogue();
        List<IndexedResource> resources = catalogue.resources(RESOURCES);
        List<IndexedHolding> holdings = catalogue.holdings(HOLDINGS);
        try (SearchIndex index = new SearchIndex()) {
            long started = System.nanoTime();
            index.replaceResources(resources, catalogue.needTree());
            index.replaceHoldings(holdings);
            System.out.printf("Index build: %d resources and %d holdings in %d ms%n", RESOURCES, HOLDINGS,
                    (System.nanoTime() - started) / 1_000_000);
            IndexSearch search = new IndexSearch(index);
            List<SearchQuery> queries = queries(catalogue);
            long[] hits = {0};
            report("search", ROUNDS, queries.size(), i -> () -> hits[0] += search.search(queries.get(i)).total());
            System.out.printf("  (mean matches per search: %d)%n", hits[0] / ((ROUNDS + 1L) * queries.size()));
            for (int kind = 0; kind < KINDS.size(); kind++) {
                List<SearchQuery> ofKind = new ArrayList<>();
                for (int i = kind; i < queries.size(); i += KINDS.size()) {
                    ofKind.add(queries.get(i));
                }
                report("  " + KINDS.get(kind), ROUNDS, ofKind.size(), i -> () -> search.search(ofKind.get(i)));
            }
            IndexSearch uncached = new IndexSearch(index, false);
            List<SearchQuery> browses = queries.stream().filter(q -> q.text().isEmpty()).toList();
            report("  no words, browse cache off", ROUNDS, browses.size(), i -> () -> uncached.search(browses.get(i)));
            Suggestions suggestions = new Suggestions(index);
            List<String> prefixes = queries.stream().map(SearchQuery::text).filter(t -> t.length() > 3)
                    .map(t -> t.substring(0, 3 + catalogue.random().nextInt(t.length() - 3))).toList();
            report("suggest", ROUNDS, prefixes.size(), i -> () -> suggestions.suggest(prefixes.get(i), Language.FR,
                    i % 2 == 0 ? null : "luneville", 8).size());
            ShelfSearch shelves = new ShelfSearch(index);
            report("onShelves", ROUNDS, 200, i -> () -> shelves.onShelves(catalogue.pick(SyntheticCatalogue.BRANCHES),
                    List.of(catalogue.pick(SyntheticCatalogue.NEEDS)), LanguageLevel.A2, 6).size());
        }
    }

    private static List<SearchQuery> queries(SyntheticCatalogue catalogue) {
        List<SearchQuery> queries = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            String word = catalogue.commonWord();
            String branch = i % 3 == 0 ? catalogue.pick(SyntheticCatalogue.BRANCHES) : null;
            Map<SearchFacet, Set<String>> filters = Map.of();
            String text = switch (i % 6) {
                case 0, 1 -> word;
                case 2 -> word + " " + catalogue.commonWord();
                case 3 -> typo(word, catalogue);
                case 4 -> {
                    filters = Map.of(SearchFacet.NEED, Set.of(catalogue.pick(SyntheticCatalogue.NEEDS)),
                            SearchFacet.AVAILABLE, Set.of(SearchFacet.NOW));
                    yield word;
                }
                default -> {
                    filters = Map.of(SearchFacet.KIND, Set.of(SearchFacet.SHELF), SearchFacet.LEVEL, Set.of("A2"));
                    yield i % 12 == 11 ? "" : word;
                }
            };
            queries.add(new SearchQuery(text, Language.FR, branch, filters, 20));
        }
        return queries;
    }

    private static String typo(String word, SyntheticCatalogue catalogue) {
        int at = 1 + catalogue.random().nextInt(word.length() - 1);
        return word.substring(0, at) + word.substring(at + 1);
    }

    /** Warms up on the whole mix once, then times each call of ROUNDS rounds. */
    private static void report(String what, int rounds, int count, IntFunction<Runnable> call) {
        for (int i = 0; i < count; i++) {
            call.apply(i).run();
        }
        long[] nanos = new long[rounds * count];
        int n = 0;
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < count; i++) {
                Runnable task = call.apply(i);
                long started = System.nanoTime();
                task.run();
                nanos[n++] = System.nanoTime() - started;
            }
        }
        Arrays.sort(nanos);
        System.out.printf("%-34s %5d calls warm: p50 %.2f ms, p95 %.2f ms, max %.2f ms%n", what, nanos.length,
                nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6, nanos[nanos.length - 1] / 1e6);
    }
}
