package fr.tremplin.holdings;

import static fr.tremplin.core.db.jooq.Tables.AUDIT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tremplin.core.domain.InvalidInputException;
import fr.tremplin.core.domain.LanguageLevel;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.support.StaffFixtures;
import fr.tremplin.support.TremplinTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Staff corrections of a record's needs and levels: who may make them, that imports keep them, and that the record
 * goes back to the rules on request.
 */
@TremplinTest
class HoldingTagsServiceTest {

    private static final HoldingTags CORRECTED = new HoldingTags(Set.of("JOB_CV", "FRENCH"), LanguageLevel.A2,
            LanguageLevel.B1);

    @Autowired
    DSLContext dsl;
    @Autowired
    HoldingTagsService service;
    @Autowired
    HoldingLibraries libraries;
    @Autowired
    HoldingsImportService imports;

    StaffFixtures fixtures;
    String nonce;
    String atLongwy;
    String unmapped;

    @BeforeEach
    void importARecordAtLongwyAndOneUnderAnUnmappedCode() throws IOException {
        fixtures = new StaffFixtures(dsl);
        nonce = TestMarc.nonce();
        atLongwy = TestMarc.RECORD_PREFIX + nonce + "-longwy";
        unmapped = TestMarc.RECORD_PREFIX + nonce + "-elsewhere";
        String longwyCode = TestMarc.CODE_PREFIX + nonce + "-LW";
        importFile("Écrire son CV", longwyCode);
        StaffFixtures.signIn(fixtures.create("dep", StaffRole.DEPARTMENT_ADMIN));
        libraries.map(longwyCode, "longwy");
        StaffFixtures.signOut();
    }

    @AfterEach
    void cleanUp() {
        TestMarc.cleanUp(dsl);
        fixtures.cleanUp();
    }

    @Test
    void aDepartmentAdminCorrectsTheTagsAndAnImportOfTheChangedRecordKeepsThem() throws IOException {
        StaffFixtures.signIn(fixtures.create("dep", StaffRole.DEPARTMENT_ADMIN));
        assertThat(service.tags(atLongwy)).isEqualTo(new RecordTags(atLongwy, "Écrire son CV", HoldingTags.NONE,
                false, false));

        RecordTags corrected = service.correct(atLongwy, CORRECTED);

        assertThat(corrected).isEqualTo(new RecordTags(atLongwy, "Écrire son CV", CORRECTED, true, false));
        StaffFixtures.signOut();
        importFile("Écrire son CV, 2e édition", TestMarc.CODE_PREFIX + nonce + "-LW");
        StaffFixtures.signIn(fixtures.create("lib", StaffRole.LIBRARIAN, "longwy"));
        assertThat(service.tags(atLongwy).tags()).as("the rules leave a corrected record alone").isEqualTo(CORRECTED);
        assertThat(service.tags(atLongwy).title()).isEqualTo("Écrire son CV, 2e édition");
        assertThat(dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ENTITY_KEY.eq(atLongwy)
                .and(AUDIT_ENTRY.ACTION.eq("HOLDING_TAGS_CORRECTED")))).isEqualTo(1);
    }

    @Test
    void backToTheRulesGivesTheRecordTheRulesTags() {
        StaffFixtures.signIn(fixtures.create("dep", StaffRole.DEPARTMENT_ADMIN));
        service.correct(atLongwy, CORRECTED);

        RecordTags ruled = service.backToRules(atLongwy);

        assertThat(ruled.byStaff()).isFalse();
        assertThat(ruled.tags()).as("the demo configuration has no linking rule").isEqualTo(HoldingTags.NONE);
        assertThat(service.tags(atLongwy)).isEqualTo(ruled);
    }

    @Test
    void aBranchAdminCorrectsOnlyRecordsWithACopyInItsBranches() {
        StaffFixtures.signIn(fixtures.create("ba", StaffRole.BRANCH_ADMIN, "longwy"));

        assertThat(service.correct(atLongwy, CORRECTED).byStaff()).isTrue();
        assertThatThrownBy(() -> service.correct(unmapped, CORRECTED)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.backToRules(unmapped)).isInstanceOf(AccessDeniedException.class);

        StaffFixtures.signIn(fixtures.create("ba", StaffRole.BRANCH_ADMIN, "frouard"));
        assertThatThrownBy(() -> service.correct(atLongwy, HoldingTags.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.tags(atLongwy).tags()).isEqualTo(CORRECTED);
    }

    @Test
    void aLibrarianReadsTheTagsButCorrectsNothingAndAPartnerReadsNothing() {
        StaffFixtures.signIn(fixtures.create("lib", StaffRole.LIBRARIAN, "longwy"));
        assertThat(service.tags(atLongwy).byStaff()).isFalse();
        assertThat(service.needs()).extracting(NeedChoice::code).contains("JOB", "JOB_CV", "FRENCH");
        assertThatThrownBy(() -> service.correct(atLongwy, CORRECTED)).isInstanceOf(AccessDeniedException.class);

        StaffFixtures.signIn(fixtures.create("partner", StaffRole.PARTNER));
        assertThatThrownBy(() -> service.tags(atLongwy)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anUnknownRecordOrNeedIsRefused() {
        StaffFixtures.signIn(fixtures.create("dep", StaffRole.DEPARTMENT_ADMIN));

        assertThatThrownBy(() -> service.tags(atLongwy + "-none")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.correct(atLongwy, new HoldingTags(Set.of("NO_SUCH_NEED"), null, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(service.tags(atLongwy).byStaff()).isFalse();
    }

    private void importFile(String title, String longwyCode) throws IOException {
        Path file = TestMarc.file(TestMarc.iso2709(TestMarc.book(atLongwy, title, longwyCode),
                TestMarc.book(unmapped, "Vendredi", TestMarc.CODE_PREFIX + nonce + "-XX")));
        ImportReport report = imports.importFile(file, TestMarc.RECORD_PREFIX + nonce + ".mrc",
                new ImportRequest(ImportSource.FOLDER, null, false, null));
        Files.delete(file);
        assertThat(report.done()).as(report.toString()).isTrue();
    }
}
