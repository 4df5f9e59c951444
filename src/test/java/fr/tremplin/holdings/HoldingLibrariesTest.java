package fr.tremplin.holdings;

import static fr.tremplin.core.db.jooq.Tables.AUDIT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tremplin.core.domain.InvalidInputException;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.support.StaffFixtures;
import fr.tremplin.support.TremplinTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Library codes seen in an import: every staff role reads them, only a department admin maps them. */
@TremplinTest
class HoldingLibrariesTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    HoldingLibraries libraries;
    @Autowired
    HoldingsImportService imports;

    StaffFixtures fixtures;
    String code;

    @BeforeEach
    void importTwoRecordsUnderAnUnknownCode() throws Exception {
        fixtures = new StaffFixtures(dsl);
        String nonce = TestMarc.nonce();
        code = TestMarc.CODE_PREFIX + nonce;
        Path file = TestMarc.file(TestMarc.iso2709(
                TestMarc.book(TestMarc.RECORD_PREFIX + nonce + "-1", "Le Petit Prince", code, code),
                TestMarc.book(TestMarc.RECORD_PREFIX + nonce + "-2", "Vendredi", code)));
        ImportReport report = imports.importFile(file, TestMarc.RECORD_PREFIX + nonce + ".mrc",
                new ImportRequest(ImportSource.FOLDER, null, false, null));
        Files.delete(file);
        assertThat(report.added()).as(report.toString()).isEqualTo(2);
    }

    @AfterEach
    void cleanUp() {
        TestMarc.cleanUp(dsl);
        fixtures.cleanUp();
    }

    @Test
    void anUnknownCodeIsListedUnmappedWithItsRecordsAndCopies() {
        StaffFixtures.signIn(fixtures.create("lib", StaffRole.LIBRARIAN, "longwy"));

        assertThat(libraries.codes()).filteredOn(c -> c.code().equals(code))
                .containsExactly(new LibraryCode(code, null, null, 2, 3));
        assertThat(libraries.branches()).extracting(HoldingBranch::code).contains("longwy", "frouard");
    }

    @Test
    void aDepartmentAdminMapsTheCodeToABranchAndTheChangeIsAudited() {
        StaffFixtures.signIn(fixtures.create("dep", StaffRole.DEPARTMENT_ADMIN));

        LibraryCode mapped = libraries.map(code, "frouard");

        assertThat(mapped.branchCode()).isEqualTo("frouard");
        assertThat(mapped.branchName()).isEqualTo("Ludo-médiathèque de Frouard");
        assertThat(libraries.codes()).filteredOn(c -> c.code().equals(code)).extracting(LibraryCode::branchCode)
                .containsExactly("frouard");
        assertThat(dsl.selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.ENTITY_KEY.eq(code))
                .and(AUDIT_ENTRY.ACTION.eq("HOLDING_LIBRARY_MAPPED")).fetch()).hasSize(1);
    }

    @Test
    void anUnknownBranchOrCodeIsRefused() {
        StaffFixtures.signIn(fixtures.create("dep", StaffRole.DEPARTMENT_ADMIN));

        assertThatThrownBy(() -> libraries.map(code, "atlantis")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> libraries.map(code + "-never-seen", "frouard"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(libraries.codes()).filteredOn(c -> c.code().equals(code)).extracting(LibraryCode::mapped)
                .containsExactly(false);
    }

    @Test
    void branchAdminsLibrariansAndPartnersMapNothing() {
        for (StaffRole role : new StaffRole[] {StaffRole.BRANCH_ADMIN, StaffRole.LIBRARIAN}) {
            StaffFixtures.signIn(fixtures.create("x", role, "frouard"));
            assertThatThrownBy(() -> libraries.map(code, "frouard")).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
        StaffFixtures.signIn(fixtures.create("partner", StaffRole.PARTNER));
        assertThatThrownBy(() -> libraries.codes()).isInstanceOf(AccessDeniedException.class);
        StaffFixtures.signIn(fixtures.create("dep", StaffRole.DEPARTMENT_ADMIN));
        assertThat(libraries.codes()).filteredOn(c -> c.code().equals(code)).extracting(LibraryCode::mapped)
                .containsExactly(false);
    }
}
