package fr.tremplin.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tremplin.catalogue.OfferAdminService;
import fr.tremplin.catalogue.ResourceAdminService;
import fr.tremplin.catalogue.ResourceText;
import fr.tremplin.catalogue.TaxonomyAdminService;
import fr.tremplin.config.ConfigExportService;
import fr.tremplin.core.audit.AuditLog;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.support.StaffFixtures;
import fr.tremplin.support.StaffFixtures.Staff;
import fr.tremplin.support.TremplinTest;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Each role tries, through the services, what it must not do: a Longwy account sees and changes nothing of Frouard. */
@TremplinTest
class StaffScopingTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    BranchAdminService branches;
    @Autowired
    OfferAdminService offers;
    @Autowired
    KioskService kiosks;
    @Autowired
    StaffUserService users;
    @Autowired
    ResourceAdminService resources;
    @Autowired
    TaxonomyAdminService taxonomy;
    @Autowired
    ConfigExportService export;
    @Autowired
    AuditLog audit;

    StaffFixtures fixtures;
    Staff longwyLibrarian;
    Staff longwyAdmin;

    @BeforeEach
    void accounts() {
        fixtures = new StaffFixtures(dsl);
        longwyLibrarian = fixtures.create("lib", StaffRole.LIBRARIAN, "longwy");
        longwyAdmin = fixtures.create("badmin", StaffRole.BRANCH_ADMIN, "longwy");
    }

    @AfterEach
    void cleanUp() {
        fixtures.cleanUp();
    }

    @Test
    void nobodySignedInGetsNothing() {
        assertThatThrownBy(() -> branches.visibleBranches()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> offers.offers("longwy", Language.FR)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> kiosks.kiosks("longwy")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> resources.resources()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aLongwyLibrarianSeesLongwyAndChangesNothing() {
        StaffFixtures.signIn(longwyLibrarian);

        assertThat(branches.visibleBranches()).extracting(BranchSettings::code).containsExactly("longwy");
        assertThat(branches.managedBranches()).isEmpty();
        assertThat(offers.offers("longwy", Language.FR)).isNotEmpty();
        assertThat(kiosks.kiosks("longwy")).isNotNull();

        assertThatThrownBy(() -> offers.offers("frouard", Language.FR)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> kiosks.kiosks("frouard")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> branches.branch("frouard")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> offers.setEnabled("longwy", "CODECLIC", false, version("longwy", "CODECLIC", longwyLibrarian)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> kiosks.register("longwy", "Borne")).isInstanceOf(AccessDeniedException.class);
        EditableBranch longwy = branches.branch("longwy");
        assertThatThrownBy(() -> branches.update(longwy.settings(), longwy.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.accounts()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.recent()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export.exportFiles()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aLongwyBranchAdminManagesLongwyOnly() {
        StaffFixtures.signIn(longwyAdmin);

        assertThat(branches.managedBranches()).extracting(BranchSettings::code).containsExactly("longwy");
        assertThatThrownBy(() -> offers.setEnabled("frouard", "TV5MONDE_FLE", false, version("frouard",
                "TV5MONDE_FLE", longwyAdmin))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> kiosks.register("frouard", "Borne")).isInstanceOf(AccessDeniedException.class);
        EditableBranch frouard = peek(() -> branches.branch("frouard"), longwyAdmin);
        assertThatThrownBy(() -> branches.update(frouard.settings(), frouard.version()))
                .isInstanceOf(AccessDeniedException.class);
        // Staff accounts: librarians of its own branches only; never an admin, never another branch.
        assertThatThrownBy(() -> users.create(new StaffAccountForm("t-x1", null, StaffRole.BRANCH_ADMIN,
                Set.of("longwy")), StaffFixtures.PASSWORD)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.create(new StaffAccountForm("t-x2", null, StaffRole.LIBRARIAN,
                Set.of("frouard")), StaffFixtures.PASSWORD)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.create(new StaffAccountForm("t-x3", null, StaffRole.DEPARTMENT_ADMIN,
                Set.of()), StaffFixtures.PASSWORD)).isInstanceOf(AccessDeniedException.class);
        StaffAccount created = users.create(new StaffAccountForm("t-x4", null, StaffRole.LIBRARIAN,
                Set.of("longwy")), StaffFixtures.PASSWORD);
        assertThat(created.branchCodes()).containsExactly("longwy");
        assertThat(users.accounts()).extracting(StaffAccount::username)
                .contains(longwyLibrarian.username(), "t-x4").doesNotContain("admin");
        // The department-wide catalogue and taxonomy are read-only for it.
        assertThatThrownBy(() -> resources.updateTexts("CODECLIC", Map.of(Language.FR,
                new ResourceText("x", null, null, null)), 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> taxonomy.update("JOB", "briefcase", Map.of(Language.FR, "x"), 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.setDisabled(longwyAdmin.id(), true, 0))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aBranchAdminCannotTouchAnAccountOfAnotherBranch() {
        Staff frouardLibrarian = fixtures.create("flib", StaffRole.LIBRARIAN, "frouard");
        StaffFixtures.signIn(longwyAdmin);

        assertThat(users.accounts()).extracting(StaffAccount::username).doesNotContain(frouardLibrarian.username());
        assertThatThrownBy(() -> users.setDisabled(frouardLibrarian.id(), true, 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.resetPassword(frouardLibrarian.id(), "another long password"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDepartmentAdminSeesEveryBranch() {
        StaffFixtures.signIn(fixtures.create("dadmin", StaffRole.DEPARTMENT_ADMIN));

        assertThat(branches.managedBranches()).hasSize(branches.visibleBranches().size()).hasSizeGreaterThan(5);
        assertThat(offers.offers("frouard", Language.FR)).isNotEmpty();
        assertThat(export.exportFiles()).containsKeys("branches.yml", "taxonomy.yml", "catalogue.yml");
    }

    /** Reads as a department admin, then signs the tested account back in. */
    private <T> T peek(java.util.function.Supplier<T> read, Staff restore) {
        StaffFixtures.signIn(fixtures.create("peek", StaffRole.DEPARTMENT_ADMIN));
        try {
            return read.get();
        } finally {
            StaffFixtures.signIn(restore);
        }
    }

    private Integer version(String branch, String resource, Staff restore) {
        return peek(() -> offers.offers(branch, Language.FR).stream().filter(o -> o.resourceCode().equals(resource))
                .findFirst().orElseThrow().version(), restore);
    }
}
