package fr.tremplin.holdings.availability;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static org.assertj.core.api.Assertions.assertThat;

import fr.tremplin.holdings.CopyStatus;
import fr.tremplin.holdings.ShelfCopy;
import fr.tremplin.holdings.ShelfItem;
import fr.tremplin.holdings.availability.RecordAvailability.Source;
import fr.tremplin.support.TremplinTest;
import java.net.URI;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A branch's live availability settings as staff store them, and the service as the application wires it. */
@TremplinTest
class BranchAvailabilityDaoTest {

    private static final String BRANCH_CODE = "longwy";

    @Autowired
    BranchAvailabilityDao dao;
    @Autowired
    LiveAvailability liveAvailability;
    @Autowired
    DSLContext dsl;

    @AfterEach
    void cleanUp() {
        store(null, null);
    }

    @Test
    void readsTheKindAndAddressOfABranch() {
        store("KOHA_REST", "https://catalogue.example.org");

        assertThat(dao.find(BRANCH_CODE)).contains(
                new AvailabilitySettings(AvailabilityKind.KOHA_REST, URI.create("https://catalogue.example.org")));
    }

    @Test
    void aBranchWithoutSettingsOrWithUnusableOnesHasNone() {
        assertThat(dao.find(BRANCH_CODE)).isEmpty();
        store("SIRSI", "https://catalogue.example.org");
        assertThat(dao.find(BRANCH_CODE)).isEmpty();
        store("ILS_DI", "file:///etc/passwd");
        assertThat(dao.find(BRANCH_CODE)).isEmpty();
        assertThat(dao.find("no-such-branch")).isEmpty();
    }

    @Test
    void theServiceGivesABranchWithoutSettingsItsExportedStatuses() {
        ShelfItem item = new ShelfItem("4512", "Le Bon Usage", "Grevisse", 2016,
                List.of(new ShelfCopy("MEDCEN", BRANCH_CODE, "Adultes", "448 GRE", CopyStatus.ON_LOAN)));

        RecordAvailability availability = liveAvailability.forItems(BRANCH_CODE, List.of(item)).get("4512");

        assertThat(availability.source()).isEqualTo(Source.EXPORT);
        assertThat(availability.copies()).isEqualTo(item.copies());
    }

    private void store(String kind, String url) {
        dsl.update(BRANCH).set(BRANCH.AVAILABILITY_KIND, kind).set(BRANCH.AVAILABILITY_URL, url)
                .where(BRANCH.CODE.eq(BRANCH_CODE)).execute();
    }
}
