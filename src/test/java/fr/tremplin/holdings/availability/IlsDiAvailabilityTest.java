package fr.tremplin.holdings.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tremplin.holdings.CopyStatus;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IlsDiAvailabilityTest {

    private static final String ILSDI = "/cgi-bin/koha/ilsdi.pl";

    private final FakeLibrarySystem koha = new FakeLibrarySystem();
    private final LibrarySystemHttp http = new LibrarySystemHttp(Duration.ofMillis(500));

    @AfterEach
    void stop() {
        koha.close();
    }

    @Test
    void readsEveryRecordsCopiesInOneRequest() throws Exception {
        koha.answer(ILSDI, 200, "ilsdi-availability.xml");

        Map<String, List<LiveCopy>> copies = source(koha.baseUrl()).copiesOf(List.of("4512", "4513"));

        assertThat(copies.get("4512")).containsExactly(
                new LiveCopy("1201", null, "448 GRE", CopyStatus.AVAILABLE),
                new LiveCopy("1202", null, "448 GRE", CopyStatus.ON_LOAN),
                new LiveCopy("1203", null, "R 448 GRE", CopyStatus.NOT_FOR_LOAN));
        assertThat(copies.get("4513")).as("the copy of unknown availability is left out").containsExactly(
                new LiveCopy("2301", null, "J 440 ALP", CopyStatus.LOST),
                new LiveCopy("2302", null, "J 440 ALP", CopyStatus.WITHDRAWN));
        URI asked = koha.requests().getFirst();
        assertThat(asked.getPath()).isEqualTo(ILSDI);
        assertThat(asked.getRawQuery()).as("CGI reads + as the space between ids")
                .contains("service=GetAvailability", "id_type=bib", "id=4512+4513");
        assertThat(koha.requests()).hasSize(1);
    }

    @Test
    void anAnswerWithoutTheRecordLeavesItOut() throws Exception {
        koha.answer(ILSDI, 200, "ilsdi-empty.xml");

        assertThat(source(koha.baseUrl()).copiesOf(List.of("9999"))).isEmpty();
    }

    @Test
    void aRecordNotAskedForIsNotReturned() throws Exception {
        koha.answer(ILSDI, 200, "ilsdi-availability.xml");

        assertThat(source(koha.baseUrl()).copiesOf(List.of("4513"))).containsOnlyKeys("4513");
    }

    @Test
    void manyRecordsAreAskedForInBatches() throws Exception {
        koha.answer(ILSDI, 200, "ilsdi-empty.xml");
        List<String> ids = IntStream.rangeClosed(1, 120).mapToObj(String::valueOf).toList();

        source(koha.baseUrl()).copiesOf(ids);

        assertThat(koha.requests()).hasSize(3);
    }

    @Test
    void takesAUrlThatAlreadyNamesTheService() throws Exception {
        koha.answer("/ilsdi", 200, "ilsdi-availability.xml");

        source(URI.create(koha.baseUrl() + "/ilsdi")).copiesOf(List.of("4512"));

        assertThat(koha.requests()).singleElement().extracting(URI::getPath).isEqualTo("/ilsdi");
    }

    @Test
    void aServerErrorIsAFailure() {
        koha.answer(ILSDI, 503, "ilsdi-empty.xml");

        assertThatThrownBy(() -> source(koha.baseUrl()).copiesOf(List.of("4512")))
                .isInstanceOf(LibrarySystemException.class).hasMessageContaining("HTTP 503");
    }

    @Test
    void aSlowServerIsAFailure() {
        koha.answer(ILSDI, 200, "ilsdi-availability.xml", Duration.ofSeconds(3));

        assertThatThrownBy(() -> source(koha.baseUrl()).copiesOf(List.of("4512")))
                .isInstanceOf(LibrarySystemException.class).hasMessageContaining("no answer in time");
    }

    @Test
    void malformedXmlIsAFailure() {
        koha.answer(ILSDI, 200, "ilsdi-malformed.xml");

        assertThatThrownBy(() -> source(koha.baseUrl()).copiesOf(List.of("4512")))
                .isInstanceOf(LibrarySystemException.class).hasMessageContaining("unreadable XML");
    }

    @Test
    void jsonWhereXmlShouldBeIsAFailure() {
        koha.answer(ILSDI, 200, "koha-items-mixed.json");

        assertThatThrownBy(() -> source(koha.baseUrl()).copiesOf(List.of("4512")))
                .isInstanceOf(LibrarySystemException.class);
    }

    @Test
    void anAnswerWithADoctypeIsRefusedSoNoEntityIsEverRead() {
        koha.answer(ILSDI, 200, "ilsdi-xxe.xml");

        assertThatThrownBy(() -> source(koha.baseUrl()).copiesOf(List.of("4512")))
                .isInstanceOf(LibrarySystemException.class).hasMessageContaining("unreadable XML");
    }

    @Test
    void aReasonItDoesNotKnowCountsAsAwayForNow() {
        assertThat(DlfAvailability.status("not available", "In transit")).isEqualTo(CopyStatus.ON_LOAN);
        assertThat(DlfAvailability.status("not available", "Item damaged")).isEqualTo(CopyStatus.NOT_FOR_LOAN);
        assertThat(DlfAvailability.status("unknown", null)).isNull();
    }

    private IlsDiAvailability source(URI baseUrl) {
        return new IlsDiAvailability(baseUrl, http);
    }
}
