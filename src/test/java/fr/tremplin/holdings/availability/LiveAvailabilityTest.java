package fr.tremplin.holdings.availability;

import static fr.tremplin.holdings.CopyStatus.AVAILABLE;
import static fr.tremplin.holdings.CopyStatus.LOST;
import static fr.tremplin.holdings.CopyStatus.NOT_FOR_LOAN;
import static fr.tremplin.holdings.CopyStatus.ON_LOAN;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import fr.tremplin.holdings.CopyStatus;
import fr.tremplin.holdings.ShelfCopy;
import fr.tremplin.holdings.ShelfItem;
import fr.tremplin.holdings.availability.RecordAvailability.Count;
import fr.tremplin.holdings.availability.RecordAvailability.Source;
import fr.tremplin.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LiveAvailabilityTest {

    private static final Instant START = Instant.parse("2025-11-20T09:30:00Z");
    private static final String ITEMS_4512 = "/api/v1/public/biblios/4512/items";
    private static final ShelfItem GREVISSE = new ShelfItem("4512", "Le Bon Usage", "Grevisse", 2016, List.of(
            copy("448 GRE", ON_LOAN), copy("448 GRE", ON_LOAN), copy("R 448 GRE", NOT_FOR_LOAN)));
    private static final ShelfItem ALPHA = new ShelfItem("4513", "Alpha", null, 2023,
            List.of(copy("J 440 ALP", LOST)));

    private final FakeLibrarySystem koha = new FakeLibrarySystem();
    private final MutableClock clock = new MutableClock(START);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(LiveAvailability.class);

    @BeforeEach
    void listen() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void stop() {
        logger.detachAppender(log);
        koha.close();
    }

    @Test
    void theLibrarySystemsAnswerReplacesTheExportedStatuses() {
        koha.answer(ITEMS_4512, 200, "koha-items-mixed.json");

        RecordAvailability grevisse = service(AvailabilityKind.KOHA_REST).forItems("centre", List.of(GREVISSE))
                .get("4512");

        assertThat(grevisse.copies()).extracting(ShelfCopy::status).containsExactly(AVAILABLE, ON_LOAN, NOT_FOR_LOAN);
        assertThat(grevisse.source()).isEqualTo(Source.LIVE);
        assertThat(grevisse.asOf()).isEqualTo(START);
        assertThat(grevisse.availableNow()).isTrue();
        assertThat(grevisse.inLibrarySystem()).isEqualTo(new Count(1, 5));
    }

    @Test
    void ilsDiAnswersAreMatchedByShelfMark() {
        koha.answer("/cgi-bin/koha/ilsdi.pl", 200, "ilsdi-availability.xml");

        Map<String, RecordAvailability> answer = service(AvailabilityKind.ILS_DI)
                .forItems("centre", List.of(GREVISSE, ALPHA));

        assertThat(answer.get("4512").copies()).extracting(ShelfCopy::status)
                .containsExactly(AVAILABLE, ON_LOAN, NOT_FOR_LOAN);
        assertThat(answer.get("4513").source()).as("two live copies under one shelf mark, one exported")
                .isEqualTo(Source.EXPORT);
        assertThat(answer.get("4513").inLibrarySystem()).isEqualTo(new Count(0, 2));
        assertThat(koha.requests()).hasSize(1);
    }

    @Test
    void aBranchWithoutALibrarySystemGetsTheExportWithoutAnyCall() {
        LiveAvailability service = new LiveAvailability(branch -> Optional.empty(),
                LiveAvailability.sources(new LibrarySystemHttp(Duration.ofMillis(300))), clock);

        RecordAvailability grevisse = service.forItems("centre", List.of(GREVISSE)).get("4512");

        assertThat(grevisse).isEqualTo(RecordAvailability.fromExport("4512", GREVISSE.copies()));
        assertThat(koha.requests()).isEmpty();
    }

    @Test
    void aRecordTheLibrarySystemDoesNotKnowKeepsItsExportedStatuses() {
        koha.answer("/api/v1/public/biblios/4513/items", 404, "koha-not-found.json");

        RecordAvailability alpha = service(AvailabilityKind.KOHA_REST).forItems("centre", List.of(ALPHA)).get("4513");

        assertThat(alpha.source()).isEqualTo(Source.EXPORT);
        assertThat(alpha.copies()).extracting(ShelfCopy::status).containsExactly(LOST);
    }

    @Test
    void anAnswerIsKeptForAMinute() {
        koha.answer(ITEMS_4512, 200, "koha-items-mixed.json");
        LiveAvailability service = service(AvailabilityKind.KOHA_REST);

        service.forItems("centre", List.of(GREVISSE));
        clock.pass(Duration.ofSeconds(59));
        RecordAvailability cached = service.forItems("centre", List.of(GREVISSE)).get("4512");
        assertThat(koha.requests()).hasSize(1);
        assertThat(cached.asOf()).isEqualTo(START);

        clock.pass(Duration.ofSeconds(2));
        service.forItems("centre", List.of(GREVISSE));
        assertThat(koha.requests()).hasSize(2);
    }

    @Test
    void aFailingLibrarySystemIsLeftAloneForHalfAMinuteAndWarnedAboutOnce() {
        koha.answer(ITEMS_4512, 500, "koha-not-found.json");
        LiveAvailability service = service(AvailabilityKind.KOHA_REST);

        RecordAvailability first = service.forItems("centre", List.of(GREVISSE)).get("4512");
        clock.pass(Duration.ofSeconds(29));
        service.forItems("centre", List.of(GREVISSE));

        assertThat(first).isEqualTo(RecordAvailability.fromExport("4512", GREVISSE.copies()));
        assertThat(koha.requests()).hasSize(1);

        clock.pass(Duration.ofSeconds(2));
        service.forItems("centre", List.of(GREVISSE));
        assertThat(koha.requests()).hasSize(2);
        assertThat(log.list).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
                .contains("centre", "HTTP 500");
    }

    @Test
    void aSlowLibrarySystemCostsTheTimeoutAtMost() {
        koha.answer(ITEMS_4512, 200, "koha-items-mixed.json", Duration.ofSeconds(3));

        long start = System.nanoTime();
        RecordAvailability grevisse = service(AvailabilityKind.KOHA_REST).forItems("centre", List.of(GREVISSE))
                .get("4512");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(grevisse.source()).isEqualTo(Source.EXPORT);
    }

    @Test
    void anUnreadableAnswerFallsBackToTheExport() {
        koha.answer("/cgi-bin/koha/ilsdi.pl", 200, "ilsdi-malformed.xml");

        RecordAvailability grevisse = service(AvailabilityKind.ILS_DI).forItems("centre", List.of(GREVISSE))
                .get("4512");

        assertThat(grevisse).isEqualTo(RecordAvailability.fromExport("4512", GREVISSE.copies()));
    }

    @Test
    void aBugInASourceNeverReachesTheScreen() {
        LiveAvailability service = new LiveAvailability(
                branch -> Optional.of(new AvailabilitySettings(AvailabilityKind.KOHA_REST, koha.baseUrl())),
                settings -> ids -> {
                    throw new IllegalStateException("bug");
                }, clock);

        assertThat(service.forItems("centre", List.of(GREVISSE)).get("4512").source()).isEqualTo(Source.EXPORT);
    }

    @Test
    void theLibrarySystemAnsweringAgainEndsTheFailurePeriod() {
        LiveAvailability service = service(AvailabilityKind.KOHA_REST);
        koha.answer(ITEMS_4512, 500, "koha-not-found.json");
        service.forItems("centre", List.of(GREVISSE));

        clock.pass(Duration.ofSeconds(31));
        koha.answer(ITEMS_4512, 200, "koha-items-mixed.json");
        assertThat(service.forItems("centre", List.of(GREVISSE)).get("4512").source()).isEqualTo(Source.LIVE);

        clock.pass(Duration.ofSeconds(61));
        koha.answer(ITEMS_4512, 500, "koha-not-found.json");
        service.forItems("centre", List.of(GREVISSE));
        assertThat(log.list).extracting(event -> event.getLevel().toString()).containsExactly("WARN", "INFO", "WARN");
    }

    private LiveAvailability service(AvailabilityKind kind) {
        return new LiveAvailability(branch -> Optional.of(new AvailabilitySettings(kind, koha.baseUrl())),
                LiveAvailability.sources(new LibrarySystemHttp(Duration.ofMillis(300))), clock);
    }

    private static ShelfCopy copy(String shelfMark, CopyStatus status) {
        return new ShelfCopy("MEDCEN", "centre", "Adultes", shelfMark, status);
    }
}
