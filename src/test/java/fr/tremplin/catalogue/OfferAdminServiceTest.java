package fr.tremplin.catalogue;

import static fr.tremplin.core.db.jooq.Tables.AUDIT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tremplin.config.KioskConfigLoader;
import fr.tremplin.core.domain.InvalidInputException;
import fr.tremplin.core.domain.StaleEditException;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.support.DemoConfig;
import fr.tremplin.support.StaffFixtures;
import fr.tremplin.support.StaffFixtures.Staff;
import fr.tremplin.support.TremplinTest;
import java.math.BigDecimal;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Switching offers: what kiosks see, the audit entry, concurrent edits, and what loading the files does after it. */
@TremplinTest
class OfferAdminServiceTest {

    @Autowired
    OfferAdminService offers;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    KioskConfigLoader loader;
    @Autowired
    DSLContext dsl;

    StaffFixtures fixtures;
    Staff admin;

    @BeforeEach
    void signIn() {
        fixtures = new StaffFixtures(dsl);
        admin = fixtures.create("longwy-admin", StaffRole.BRANCH_ADMIN, "longwy");
        StaffFixtures.signIn(admin);
    }

    @AfterEach
    void restore() {
        OfferLine line = line("longwy", "CODECLIC");
        if (!line.enabled() || line.licencesBought() != null) {
            offers.update("longwy", "CODECLIC", true, null, null, null, line.version());
        }
        // Equal to the file again, so loading the demo files hands the offer back to them.
        loader.load(DemoConfig.DIRECTORY);
        fixtures.cleanUp();
    }

    @Test
    void switchingAnOfferOffHidesItFromThatBranchsKiosksOnlyAndIsAudited() {
        assertThat(needCodes("longwy")).contains("DRIVING");
        OfferLine before = line("longwy", "CODECLIC");

        offers.setEnabled("longwy", "CODECLIC", false, before.version());

        assertThat(needCodes("longwy")).as("CODECLIC was Longwy's only DRIVING resource").doesNotContain("DRIVING");
        assertThat(needCodes("luneville")).contains("DRIVING");
        Record entry = dsl.selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.STAFF_USER_ID.eq(admin.id()))
                .orderBy(AUDIT_ENTRY.ID.desc()).limit(1).fetchOne();
        assertThat(entry.get(AUDIT_ENTRY.ACTION)).isEqualTo("OFFER_UPDATED");
        assertThat(entry.get(AUDIT_ENTRY.USERNAME)).isEqualTo(admin.username());
        assertThat(entry.get(AUDIT_ENTRY.ENTITY_KEY)).isEqualTo("CODECLIC");
        assertThat(entry.get(AUDIT_ENTRY.BEFORE_STATE)).contains("\"enabled\":true");
        assertThat(entry.get(AUDIT_ENTRY.AFTER_STATE)).contains("\"enabled\":false");
    }

    @Test
    void theSecondOfTwoConcurrentEditorsIsToldAndNothingIsOverwritten() {
        OfferLine seenByBoth = line("longwy", "CODECLIC");
        offers.update("longwy", "CODECLIC", true, 12, new BigDecimal("300"), null, seenByBoth.version());

        assertThatThrownBy(() -> offers.setEnabled("longwy", "CODECLIC", false, seenByBoth.version()))
                .isInstanceOf(StaleEditException.class);
        OfferLine now = line("longwy", "CODECLIC");
        assertThat(now.enabled()).isTrue();
        assertThat(now.licencesBought()).isEqualTo(12);
    }

    @Test
    void badTermsAreRefusedOnTheirField() {
        OfferLine line = line("longwy", "CODECLIC");
        assertThatThrownBy(() -> offers.update("longwy", "CODECLIC", true, -1, null, null, line.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field())
                        .isEqualTo("licencesBought"));
    }

    @Test
    void loadingTheFilesKeepsAStaffEditUntilTheFilesSayTheSame() {
        offers.setEnabled("longwy", "CODECLIC", false, line("longwy", "CODECLIC").version());

        KioskConfigLoader.LoadReport report = loader.load(DemoConfig.DIRECTORY);

        assertThat(report.offers().kept()).isEqualTo(1);
        assertThat(line("longwy", "CODECLIC").enabled()).as("the staff edit wins").isFalse();
        assertThat(line("longwy", "CODECLIC").staffEditedAt()).isNotNull();

        offers.setEnabled("longwy", "CODECLIC", true, line("longwy", "CODECLIC").version());
        KioskConfigLoader.LoadReport again = loader.load(DemoConfig.DIRECTORY);
        assertThat(again.offers().kept()).isZero();
        assertThat(line("longwy", "CODECLIC").staffEditedAt()).as("the files own it again").isNull();
    }

    private OfferLine line(String branch, String resource) {
        return offers.offers(branch, Language.FR).stream().filter(o -> o.resourceCode().equals(resource)).findFirst()
                .orElseThrow();
    }

    private java.util.List<String> needCodes(String branch) {
        return catalogue.offeredNeeds(branch, Language.FR).stream().map(NeedTile::code).toList();
    }
}
