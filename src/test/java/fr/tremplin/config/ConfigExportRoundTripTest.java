package fr.tremplin.config;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tremplin.admin.BranchAdminService;
import fr.tremplin.admin.BranchSettings;
import fr.tremplin.admin.EditableBranch;
import fr.tremplin.catalogue.OfferAdminService;
import fr.tremplin.catalogue.OfferLine;
import fr.tremplin.catalogue.ResourceAdminService;
import fr.tremplin.catalogue.ResourceLine;
import fr.tremplin.catalogue.ResourceText;
import fr.tremplin.catalogue.TaxonomyAdminService;
import fr.tremplin.config.KioskConfigLoader.LoadReport;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.support.DemoConfig;
import fr.tremplin.support.StaffFixtures;
import fr.tremplin.support.TremplinTest;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** "Export configuration" writes kiosk-config files that load back to exactly the state they came from. */
@TremplinTest
class ConfigExportRoundTripTest {

    @Autowired
    ConfigExportService export;
    @Autowired
    KioskConfigLoader loader;
    @Autowired
    BranchAdminService branches;
    @Autowired
    OfferAdminService offers;
    @Autowired
    ResourceAdminService resources;
    @Autowired
    TaxonomyAdminService taxonomy;
    @Autowired
    DSLContext dsl;

    @TempDir
    Path exported;
    StaffFixtures fixtures;

    @BeforeEach
    void signIn() {
        fixtures = new StaffFixtures(dsl);
        StaffFixtures.signIn(fixtures.create("dept", StaffRole.DEPARTMENT_ADMIN));
    }

    @AfterEach
    void restoreDemoConfig() {
        // After a round trip the files own every row again, so the demo files put the demo state back.
        loader.load(DemoConfig.DIRECTORY);
        fixtures.cleanUp();
    }

    @Test
    void theDemoConfigurationExportsAndLoadsBackUnchanged() {
        Map<String, String> first = export.exportFiles();
        export.exportTo(exported);

        LoadReport report = loader.load(exported);

        assertThat(report.changedAnything()).as(report.toString()).isFalse();
        assertThat(report.branches().unchanged()).isEqualTo(6);
        assertThat(withoutHeaders(export.exportFiles())).isEqualTo(withoutHeaders(first));
    }

    @Test
    void staffEditsExportAndLoadBackToTheSameStateThenTheFilesOwnThemAgain() {
        EditableBranch frouard = branches.branch("frouard");
        BranchSettings s = frouard.settings();
        branches.update(new BranchSettings(s.code(), "Médiathèque « L'Envol » de Frouard", s.timeZone(),
                s.languages(), 240, s.openingHours(), "envol@example.org", "+33 3 83 00 00 00", "Place: 1, rue #2"),
                frouard.version());
        OfferLine codeclic = offers.offers("longwy", Language.FR).stream()
                .filter(o -> o.resourceCode().equals("CODECLIC")).findFirst().orElseThrow();
        offers.update("longwy", "CODECLIC", false, 25, new BigDecimal("1250.5"), null, codeclic.version());
        ResourceLine tv5 = resources.resource("TV5MONDE_FLE");
        Map<Language, ResourceText> texts = new EnumMap<>(tv5.texts());
        texts.put(Language.TI, new ResourceText("ፈረንሳይኛ: true", "yes: no # not a comment", null, null));
        resources.updateTexts("TV5MONDE_FLE", texts, tv5.version());
        Map<Language, String> labels = new HashMap<>(taxonomy.need("JOB").labels());
        labels.put(Language.FR, "Trouver un travail");
        taxonomy.update("JOB", "briefcase", labels, taxonomy.need("JOB").version());
        Map<String, String> exportedFiles = export.exportFiles();
        export.exportTo(exported);

        LoadReport report = loader.load(exported);

        assertThat(report.changedAnything()).as(report.toString()).isFalse();
        assertThat(report.branches().kept() + report.needs().kept() + report.resources().kept()
                + report.offers().kept()).as("nothing differs, so nothing is kept against the files").isZero();
        assertThat(withoutHeaders(export.exportFiles())).isEqualTo(withoutHeaders(exportedFiles));
        assertThat(branches.branch("frouard").staffEditedAt()).as("the files say the same: they own it again")
                .isNull();
        assertThat(branches.branch("frouard").settings().name()).isEqualTo("Médiathèque « L'Envol » de Frouard");
        assertThat(resources.resource("TV5MONDE_FLE").texts().get(Language.TI).summary())
                .isEqualTo("yes: no # not a comment");
    }

    private static Map<String, String> withoutHeaders(Map<String, String> files) {
        Map<String, String> bodies = new HashMap<>();
        files.forEach((name, text) -> bodies.put(name, text.replaceAll("(?m)^#.*\\n", "")));
        return bodies;
    }
}
