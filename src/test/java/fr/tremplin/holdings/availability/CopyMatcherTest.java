package fr.tremplin.holdings.availability;

import static fr.tremplin.holdings.CopyStatus.AVAILABLE;
import static fr.tremplin.holdings.CopyStatus.LOST;
import static fr.tremplin.holdings.CopyStatus.NOT_FOR_LOAN;
import static fr.tremplin.holdings.CopyStatus.ON_LOAN;
import static org.assertj.core.api.Assertions.assertThat;

import fr.tremplin.holdings.CopyStatus;
import fr.tremplin.holdings.ShelfCopy;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopyMatcherTest {

    @Test
    void matchesByLibraryCodeAndShelfMarkIgnoringCaseAndSpaces() {
        List<ShelfCopy> exported = List.of(copy("MEDCEN", "448 GRE", AVAILABLE), copy("MEDCEN", "R 448 GRE", ON_LOAN));
        List<LiveCopy> live = List.of(live("MEDNORD", "448 GRE", AVAILABLE), live("medcen", " 448  gre", ON_LOAN),
                live("MEDCEN", "R 448 GRE", NOT_FOR_LOAN));

        CopyMatcher.Matched matched = CopyMatcher.match(exported, live);

        assertThat(matched.copies()).extracting(ShelfCopy::status).containsExactly(ON_LOAN, NOT_FOR_LOAN);
        assertThat(matched.live()).isEqualTo(2);
    }

    @Test
    void copiesSharingLibraryAndShelfMarkTakeTheLiveStatusesInOrder() {
        List<ShelfCopy> exported = List.of(copy("MEDCEN", "448 GRE", ON_LOAN), copy("MEDCEN", "448 GRE", ON_LOAN));
        List<LiveCopy> live = List.of(live("MEDCEN", "448 GRE", AVAILABLE), live("MEDCEN", "448 GRE", ON_LOAN));

        assertThat(CopyMatcher.match(exported, live).copies()).extracting(ShelfCopy::status)
                .containsExactly(AVAILABLE, ON_LOAN);
    }

    @Test
    void anAmbiguousGroupKeepsItsExportedStatuses() {
        List<ShelfCopy> exported = List.of(copy(null, "448 GRE", LOST));
        List<LiveCopy> live = List.of(live(null, "448 GRE", AVAILABLE), live(null, "448 GRE", ON_LOAN));

        CopyMatcher.Matched matched = CopyMatcher.match(exported, live);

        assertThat(matched.copies()).extracting(ShelfCopy::status).containsExactly(LOST);
        assertThat(matched.live()).isZero();
    }

    @Test
    void aGroupWhoseLiveCopiesAllSayTheSameTakesThatStatusWhateverTheirNumber() {
        List<ShelfCopy> exported = List.of(copy("MEDCEN", "J 440 ALP", AVAILABLE));
        List<LiveCopy> live = List.of(live(null, "J 440 ALP", ON_LOAN), live(null, "J 440 ALP", ON_LOAN));

        assertThat(CopyMatcher.match(exported, live).copies()).extracting(ShelfCopy::status).containsExactly(ON_LOAN);
    }

    @Test
    void aCopyTheLiveAnswerDoesNotHaveKeepsItsExportedStatus() {
        List<ShelfCopy> exported = List.of(copy("MEDCEN", "448 GRE", LOST), copy("MEDCEN", "800 NEW", AVAILABLE));
        List<LiveCopy> live = List.of(live("MEDCEN", "448 GRE", AVAILABLE));

        CopyMatcher.Matched matched = CopyMatcher.match(exported, live);

        assertThat(matched.copies()).containsExactly(copy("MEDCEN", "448 GRE", AVAILABLE),
                copy("MEDCEN", "800 NEW", AVAILABLE));
        assertThat(matched.live()).isEqualTo(1);
    }

    private static ShelfCopy copy(String libraryCode, String shelfMark, CopyStatus status) {
        return new ShelfCopy(libraryCode, "centre", "Adultes", shelfMark, status);
    }

    private static LiveCopy live(String libraryCode, String shelfMark, CopyStatus status) {
        return new LiveCopy("1", libraryCode, shelfMark, status);
    }
}
