package fr.tremplin.holdings.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tremplin.holdings.CopyStatus;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KohaRestAvailabilityTest {

    private static final String ITEMS_4512 = "/api/v1/public/biblios/4512/items";

    private final FakeLibrarySystem koha = new FakeLibrarySystem();
    private final LibrarySystemHttp http = new LibrarySystemHttp(Duration.ofMillis(500));

    @AfterEach
    void stop() {
        koha.close();
    }

    @Test
    void readsEachCopysStatusLibraryAndCallNumber() throws Exception {
        koha.answer(ITEMS_4512, 200, "koha-items-mixed.json");

        Map<String, List<LiveCopy>> copies = source(koha.baseUrl()).copiesOf(List.of("4512"));

        assertThat(copies.get("4512")).containsExactly(
                new LiveCopy("1201", "MEDCEN", "448 GRE", CopyStatus.AVAILABLE),
                new LiveCopy("1202", "MEDCEN", "448 GRE", CopyStatus.ON_LOAN),
                new LiveCopy("1203", "MEDCEN", "R 448 GRE", CopyStatus.NOT_FOR_LOAN),
                new LiveCopy("1204", "MEDNORD", "448 GRE", CopyStatus.LOST),
                new LiveCopy("1205", "MEDNORD", "448 GRE", CopyStatus.WITHDRAWN));
        assertThat(koha.requests()).singleElement().hasToString(ITEMS_4512 + "?_per_page=100");
    }

    @Test
    void asksForEveryRecordAndLeavesOutTheOnesKohaDoesNotKnow() throws Exception {
        koha.answer(ITEMS_4512, 200, "koha-items-mixed.json")
                .answer("/api/v1/public/biblios/4513/items", 200, "koha-items-one-available.json")
                .answer("/api/v1/public/biblios/9999/items", 404, "koha-not-found.json");

        Map<String, List<LiveCopy>> copies = source(koha.baseUrl()).copiesOf(List.of("4512", "9999", "4513"));

        assertThat(copies).containsOnlyKeys("4512", "4513");
        assertThat(copies.get("4513")).extracting(LiveCopy::status).containsExactly(CopyStatus.AVAILABLE);
    }

    @Test
    void takesABaseUrlThatAlreadyNamesTheApi() throws Exception {
        koha.answer(ITEMS_4512, 200, "koha-items-one-available.json");

        URI api = URI.create(koha.baseUrl() + "/api/v1/");

        assertThat(source(api).copiesOf(List.of("4512"))).containsOnlyKeys("4512");
    }

    @Test
    void neverPutsAnIdThatIsNoBiblionumberIntoTheUrl() throws Exception {
        assertThat(source(koha.baseUrl()).copiesOf(List.of("../../patrons", "1 2"))).isEmpty();
        assertThat(koha.requests()).isEmpty();
    }

    @Test
    void aServerErrorIsAFailure() {
        koha.answer(ITEMS_4512, 500, "koha-not-found.json");

        assertThatThrownBy(() -> source(koha.baseUrl()).copiesOf(List.of("4512")))
                .isInstanceOf(LibrarySystemException.class).hasMessageContaining("HTTP 500");
    }

    @Test
    void aSlowServerIsAFailureWithinTheTimeout() {
        koha.answer(ITEMS_4512, 200, "koha-items-mixed.json", Duration.ofSeconds(3));

        long start = System.nanoTime();
        assertThatThrownBy(() -> source(koha.baseUrl()).copiesOf(List.of("4512")))
                .isInstanceOf(LibrarySystemException.class).hasMessageContaining("no answer in time");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void malformedJsonIsAFailure() {
        koha.answer(ITEMS_4512, 200, "koha-malformed.json");

        assertThatThrownBy(() -> source(koha.baseUrl()).copiesOf(List.of("4512")))
                .isInstanceOf(LibrarySystemException.class).hasMessageContaining("unreadable JSON");
    }

    @Test
    void anObjectWhereTheListShouldBeIsAFailure() {
        koha.answer(ITEMS_4512, 200, "koha-not-found.json");

        assertThatThrownBy(() -> source(koha.baseUrl()).copiesOf(List.of("4512")))
                .isInstanceOf(LibrarySystemException.class).hasMessageContaining("not a list");
    }

    @Test
    void aServerThatIsNotThereIsAFailure() {
        URI closed = koha.baseUrl();
        koha.close();

        assertThatThrownBy(() -> source(closed).copiesOf(List.of("4512")))
                .isInstanceOf(LibrarySystemException.class);
    }

    private KohaRestAvailability source(URI baseUrl) {
        return new KohaRestAvailability(baseUrl, http);
    }
}
