package fr.tremplin.holdings;

import static fr.tremplin.holdings.SearchFixtures.LUNEVILLE;
import static fr.tremplin.holdings.SearchFixtures.MARKER;
import static fr.tremplin.holdings.SearchFixtures.NOWHERE;
import static fr.tremplin.holdings.SearchFixtures.PLATEAU;
import static fr.tremplin.holdings.SearchFixtures.PREFIX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import fr.tremplin.core.domain.LanguageLevel;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.live.LiveSignals;
import fr.tremplin.core.live.LiveTopics;
import fr.tremplin.holdings.SearchFixtures.Copy;
import fr.tremplin.support.TremplinTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The catalogue search on the real database: relevance, facets, branch scoping, suggestions, shelves. */
@TremplinTest
class CatalogueSearchTest {

    @Autowired
    private CatalogueSearch search;
    @Autowired
    private DSLContext dsl;
    @Autowired
    private LiveSignals signals;
    private SearchFixtures fixtures;

    @BeforeEach
    void shelves() {
        fixtures = new SearchFixtures(dsl);
        fixtures.libraries();
        fixtures.holding("1", "Le français au quotidien", "Dupont, Marie", "fr", LanguageLevel.A1, LanguageLevel.A2,
                List.of("FRENCH_EVERYDAY"), new Copy(LUNEVILLE, "AVAILABLE"));
        fixtures.holding("2", "Exercices de grammaire française", "Martin, Paul", "fr", LanguageLevel.B1,
                LanguageLevel.B1, List.of("FRENCH"), new Copy(LUNEVILLE, "ON_LOAN"), new Copy(PLATEAU, "AVAILABLE"));
        fixtures.holding("3", "Préparer son entretien d'embauche pas à pas", null, "fr", null, null,
                List.of("JOB_INTERVIEW"), new Copy(PLATEAU, "AVAILABLE"));
        fixtures.holding("4", "Grammar in use", "Murphy, Raymond", "en", LanguageLevel.B1, LanguageLevel.B2,
                List.of("LANGUAGES_ENGLISH"), new Copy(NOWHERE, "AVAILABLE"));
        fixtures.holding("5", "Cahier d'exercice de grammaire", null, "fr", null, null, List.of("FRENCH"),
                new Copy(LUNEVILLE, "AVAILABLE"));
        fixtures.retire("5");
        fixtures.holding("6", "Zoologie des mots", "Martine, Anne", "fr", null, null, List.of(),
                new Copy(LUNEVILLE, "LOST"));
        search.refresh();
    }

    @AfterEach
    void cleanUp() {
        fixtures.deleteAll();
        search.reindexAll();
    }

    @Test
    void accentsCaseAndGenderDoNotMatter() {
        assertThat(ids(staff("francais"))).contains(PREFIX + "1", PREFIX + "2", "TV5MONDE_FLE");
        assertThat(ids(staff("FRANÇAISES"))).contains(PREFIX + "1", PREFIX + "2");
    }

    @Test
    void singularFindsPluralAndBack() {
        assertThat(ids(staff("exercice"))).contains(PREFIX + "2").doesNotContain(PREFIX + "5");
        assertThat(ids(staff("exercices"))).contains(PREFIX + "2");
    }

    @Test
    void typosAreForgivenButExactWordsRankFirst() {
        SearchResults typo = staff("gramaire");
        assertThat(ids(typo)).contains(PREFIX + "2");
        assertThat(typo.didYouMean()).isEqualTo("grammaire");

        SearchResults rare = staff("martin");
        assertThat(rare.didYouMean()).isNull();
        assertThat(ids(rare)).containsSubsequence(PREFIX + "2", PREFIX + "6");
    }

    @Test
    void facetsCountEveryMatch() {
        SearchResults results = staff(MARKER);
        assertThat(ids(results)).containsExactlyInAnyOrder(PREFIX + "1", PREFIX + "2", PREFIX + "3", PREFIX + "4",
                PREFIX + "6");
        assertThat(results.total()).isEqualTo(5);
        assertThat(counts(results, SearchFacet.NEED)).contains(entry("FRENCH", 2L), entry("FRENCH_EVERYDAY", 1L),
                entry("JOB", 1L), entry("JOB_INTERVIEW", 1L), entry("LANGUAGES_ENGLISH", 1L));
        assertThat(counts(results, SearchFacet.LANGUAGE)).containsOnly(entry("fr", 4L), entry("en", 1L));
        assertThat(counts(results, SearchFacet.LEVEL)).containsOnly(entry("A1", 1L), entry("A2", 1L),
                entry("B1", 2L), entry("B2", 1L));
        assertThat(counts(results, SearchFacet.KIND)).containsOnly(entry(SearchFacet.SHELF, 5L));
        assertThat(counts(results, SearchFacet.BRANCH)).containsOnly(entry("luneville", 2L),
                entry("nancy-plateau-de-haye", 2L));
        assertThat(counts(results, SearchFacet.AVAILABLE)).containsOnly(entry(SearchFacet.NOW, 4L));
    }

    @Test
    void facetFiltersNarrowTheResultsAndKeepTheirOwnChoices() {
        SearchResults french = search(MARKER, null, Map.of(SearchFacet.NEED, Set.of("FRENCH")));
        assertThat(ids(french)).containsExactlyInAnyOrder(PREFIX + "1", PREFIX + "2");
        assertThat(counts(french, SearchFacet.NEED)).contains(entry("JOB", 1L));
        assertThat(counts(french, SearchFacet.LEVEL)).doesNotContainKey("B2");

        assertThat(ids(search(MARKER, null, Map.of(SearchFacet.NEED, Set.of("FRENCH_EVERYDAY", "JOB_INTERVIEW")))))
                .containsExactlyInAnyOrder(PREFIX + "1", PREFIX + "3");
        assertThat(ids(search(MARKER, null, Map.of(SearchFacet.LEVEL, Set.of("B2"))))).containsExactly(PREFIX + "4");
        assertThat(ids(search(MARKER, null, Map.of(SearchFacet.LANGUAGE, Set.of("en")))))
                .containsExactly(PREFIX + "4");
        assertThat(ids(search(MARKER, null, Map.of(SearchFacet.BRANCH, Set.of("nancy-plateau-de-haye")))))
                .containsExactlyInAnyOrder(PREFIX + "2", PREFIX + "3");
        assertThat(ids(search(MARKER, null, Map.of(SearchFacet.AVAILABLE, Set.of(SearchFacet.NOW),
                SearchFacet.NEED, Set.of("FRENCH"))))).containsExactlyInAnyOrder(PREFIX + "1", PREFIX + "2");
        assertThat(ids(search(MARKER, "luneville", Map.of(SearchFacet.AVAILABLE, Set.of(SearchFacet.NOW)))))
                .containsExactly(PREFIX + "1");

        SearchResults digital = search("francais", "luneville", Map.of(SearchFacet.KIND, Set.of(SearchFacet.DIGITAL)));
        assertThat(ids(digital)).contains("TV5MONDE_FLE").noneMatch(id -> id.startsWith(PREFIX));
        assertThat(counts(digital, SearchFacet.KIND).get(SearchFacet.SHELF)).isPositive();
    }

    @Test
    void aKioskSeesItsBranchAndStaffSeeRecordsOfNoBranch() {
        SearchResults kiosk = search(MARKER, "luneville", Map.of());
        assertThat(ids(kiosk)).containsExactlyInAnyOrder(PREFIX + "1", PREFIX + "2");
        assertThat(hit(kiosk, "2").copies()).extracting(ShelfCopy::branchCode).containsExactly("luneville");
        assertThat(counts(kiosk, SearchFacet.BRANCH)).containsOnlyKeys("luneville");

        SearchHit unmapped = hit(staff(MARKER), "4");
        assertThat(unmapped.copies()).extracting(ShelfCopy::libraryCode, ShelfCopy::branchCode)
                .containsExactly(tuple(NOWHERE, null));
        assertThat(ids(search(MARKER, "longwy", Map.of()))).isEmpty();

        fixtures.map(NOWHERE, "longwy");
        search.refresh();
        assertThat(ids(search(MARKER, "longwy", Map.of()))).containsExactly(PREFIX + "4");
    }

    @Test
    void retiredRecordsNeverShow() {
        assertThat(ids(staff(MARKER))).contains(PREFIX + "1").doesNotContain(PREFIX + "5");
        fixtures.retire("1");
        search.refresh();
        assertThat(ids(staff(MARKER))).doesNotContain(PREFIX + "1");
        assertThat(ids(search(MARKER, "luneville", Map.of()))).containsExactly(PREFIX + "2");
    }

    @Test
    void aHoldingsSignalBringsAnImportIntoTheIndex() throws InterruptedException {
        fixtures.holding("7", "Vocabulaire illustré tremplinsignal", null, "fr", null, null, List.of(),
                new Copy(LUNEVILLE, "AVAILABLE"));
        signals.publish(LiveTopics.HOLDINGS);
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (ids(staff("tremplinsignal")).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(ids(staff("tremplinsignal"))).containsExactly(PREFIX + "7");
    }

    @Test
    void browsingWithNoWordsFollowsTheChangesOfTheShelves() {
        Map<SearchFacet, Set<String>> interviews = Map.of(SearchFacet.NEED, Set.of("JOB_INTERVIEW"),
                SearchFacet.KIND, Set.of(SearchFacet.SHELF));
        assertThat(ids(search("", "nancy-plateau-de-haye", interviews))).contains(PREFIX + "3");
        fixtures.retire("3");
        search.refresh();
        assertThat(ids(search("", "nancy-plateau-de-haye", interviews))).doesNotContain(PREFIX + "3");
    }

    @Test
    void theShelvesUnderAPageAreReadOnceAndFollowTheChangesOfTheShelves() {
        List<ShelfItem> first = search.onShelvesFor("nancy-plateau-de-haye", "TV5MONDE_FLE", 50);
        assertThat(search.onShelvesFor("nancy-plateau-de-haye", "TV5MONDE_FLE", 50))
                .as("thirty kiosks led to the same page get the answer read once").isSameAs(first);
        assertThat(mine(first)).extracting(ShelfItem::recordId).contains(PREFIX + "2");
        fixtures.retire("2");
        search.refresh();
        assertThat(mine(search.onShelvesFor("nancy-plateau-de-haye", "TV5MONDE_FLE", 50)))
                .extracting(ShelfItem::recordId).doesNotContain(PREFIX + "2");
    }

    @Test
    void suggestionsCompleteTheLastWordInTheReadersLanguage() {
        assertThat(search.suggest("le franç", Language.FR, null, 10)).contains("Le français au quotidien");
        assertThat(search.suggest("préparer son entretien d'emb", Language.FR, null, 10))
                .contains("Préparer son entretien d'embauche pas à pas");
        assertThat(search.suggest("préparer son entretien d'emb", Language.FR, "luneville", 10))
                .doesNotContain("Préparer son entretien d'embauche pas à pas");
        assertThat(search.suggest("apprendre le fr", Language.EN, "luneville", 5))
                .contains("Learn French with TV5MONDE");
    }

    @Test
    void onTheShelvesAvailableCopiesComeFirst() {
        List<ShelfItem> items = mine(search.onShelves("luneville", List.of("FRENCH_EVERYDAY"), null, 50));
        assertThat(items).extracting(ShelfItem::recordId).containsExactly(PREFIX + "1", PREFIX + "2");
        assertThat(items).extracting(ShelfItem::availableNow).containsExactly(true, false);
        assertThat(items.get(1).copies()).extracting(ShelfCopy::branchCode).containsExactly("luneville");

        assertThat(mine(search.onShelves("luneville", List.of("FRENCH_EVERYDAY"), LanguageLevel.B1, 50)))
                .extracting(ShelfItem::recordId).containsExactly(PREFIX + "2");
        assertThat(mine(search.onShelves("nancy-plateau-de-haye", List.of("FRENCH"), null, 50)))
                .extracting(ShelfItem::recordId).containsExactly(PREFIX + "2");
        assertThat(mine(search.onShelvesFor("luneville", "TV5MONDE_FLE", 50)))
                .extracting(ShelfItem::recordId).containsExactly(PREFIX + "1", PREFIX + "2");
    }

    private SearchResults staff(String text) {
        return search(text, null, Map.of());
    }

    private SearchResults search(String text, String branchCode, Map<SearchFacet, Set<String>> filters) {
        return search.search(new SearchQuery(text, Language.FR, branchCode, filters, 100));
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(SearchHit::id).toList();
    }

    private static SearchHit hit(SearchResults results, String id) {
        return results.hits().stream().filter(hit -> hit.id().equals(PREFIX + id)).findFirst().orElseThrow();
    }

    private static Map<String, Long> counts(SearchResults results, SearchFacet facet) {
        return results.facets().get(facet).stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count));
    }

    /** Only this test's records: other tests may leave records of their own on the same shelves. */
    private static List<ShelfItem> mine(List<ShelfItem> items) {
        return items.stream().filter(item -> item.recordId().startsWith(PREFIX)).toList();
    }
}
