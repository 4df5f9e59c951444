package fr.tremplin.config;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.NEED;
import static fr.tremplin.core.db.jooq.Tables.OFFER;
import static fr.tremplin.core.db.jooq.Tables.RESOURCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tremplin.catalogue.CatalogueService;
import fr.tremplin.catalogue.ResourceCard;
import fr.tremplin.config.KioskConfigLoader.LoadReport;
import fr.tremplin.core.domain.SyncCounts;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.support.DemoConfig;
import fr.tremplin.support.TremplinTest;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

@TremplinTest
class KioskConfigLoaderTest {

    @Autowired
    KioskConfigLoader loader;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    DSLContext dsl;

    @TempDir
    Path edited;

    @AfterEach
    void restoreDemoConfig() {
        loader.load(DemoConfig.DIRECTORY);
    }

    @Test
    void loadingTheSameFilesAgainChangesNothing() {
        loader.load(DemoConfig.DIRECTORY);
        Map<String, Integer> versionsBefore = versions();

        LoadReport report = loader.load(DemoConfig.DIRECTORY);

        assertThat(report.changedAnything()).as(report.toString()).isFalse();
        assertThat(report.branches().unchanged()).isEqualTo(6);
        assertThat(report.resources().unchanged()).isGreaterThanOrEqualTo(30);
        assertThat(versions()).isEqualTo(versionsBefore);
    }

    @Test
    void anEditedFileUpdatesTheRowsAtTheNextLoad() {
        DemoConfig.copyTo(edited);
        DemoConfig.edit(edited, "branches.yml", "name: Ludo-médiathèque de Frouard", "name: Médiathèque de Frouard");
        DemoConfig.edit(edited, "catalogue.yml", "title: Apprendre le français avec TV5MONDE",
                "title: Le français avec TV5MONDE");

        LoadReport report = loader.load(edited);

        assertThat(report.branches()).isEqualTo(new SyncCounts(0, 1, 0, 5));
        assertThat(report.resources().updated()).isEqualTo(1);
        assertThat(dsl.select(BRANCH.NAME).from(BRANCH).where(BRANCH.CODE.eq("frouard")).fetchOne().value1())
                .isEqualTo("Médiathèque de Frouard");
        assertThat(titleInLuneville("TV5MONDE_FLE")).as("the kiosk cache was dropped")
                .isEqualTo("Le français avec TV5MONDE");
    }

    @Test
    void aResourceRemovedFromTheFileIsRetiredWithItsHistoryKept() {
        DemoConfig.copyTo(edited);
        DemoConfig.edit(edited, "catalogue.yml", "  - code: TV5MONDE_FLE\n", "  - code: TV5MONDE_FLE_RENAMED\n");
        assertThat(titleInLuneville("TV5MONDE_FLE")).isNotNull();

        LoadReport report = loader.load(edited);

        assertThat(report.resources().retired()).isEqualTo(1);
        assertThat(report.resources().inserted() + report.resources().updated())
                .as("the renamed one is new, or back from an earlier run").isEqualTo(1);
        assertThat(dsl.fetchExists(RESOURCE, RESOURCE.CODE.eq("TV5MONDE_FLE").and(RESOURCE.RETIRED_AT.isNotNull())))
                .as("still stored, marked retired").isTrue();
        assertThat(dsl.fetchCount(OFFER.join(RESOURCE).on(RESOURCE.ID.eq(OFFER.RESOURCE_ID)),
                RESOURCE.CODE.eq("TV5MONDE_FLE"))).as("its offers are kept").isPositive();
        assertThat(titleInLuneville("TV5MONDE_FLE")).as("kiosks no longer show it").isNull();

        loader.load(DemoConfig.DIRECTORY);
        assertThat(titleInLuneville("TV5MONDE_FLE")).as("back in the file, back on kiosks").isNotNull();
    }

    @Test
    void aBrokenFileStopsTheLoadAndLeavesTheDatabaseAsItWas() {
        DemoConfig.copyTo(edited);
        // The branches file is fine and would change a row; the catalogue, read later, is broken.
        DemoConfig.edit(edited, "branches.yml", "name: Ludo-médiathèque de Frouard", "name: Changed");
        DemoConfig.edit(edited, "catalogue.yml", "accessMode: FREE_ONLINE", "accessMode: FREE");
        String before = fingerprint();

        assertThatThrownBy(() -> loader.load(edited))
                .isInstanceOfSatisfying(KioskConfigException.class, e -> {
                    assertThat(e.file()).endsWith("catalogue.yml");
                    assertThat(e.line()).isPositive();
                    assertThat(e.field()).matches("resources\\[\\d+]\\.accessMode");
                })
                .hasMessageContaining("'FREE' is not allowed");
        assertThat(fingerprint()).isEqualTo(before);
    }

    private String titleInLuneville(String resourceCode) {
        List<ResourceCard> cards = catalogue.offeredResources("luneville", "FRENCH", Language.FR);
        return cards.stream().filter(c -> c.code().equals(resourceCode)).map(c -> c.text().title()).findFirst()
                .orElse(null);
    }

    private Map<String, Integer> versions() {
        Map<String, Integer> versions = new HashMap<>();
        dsl.select(BRANCH.CODE, BRANCH.VERSION).from(BRANCH)
                .forEach(r -> versions.put("branch " + r.value1(), r.value2()));
        dsl.select(NEED.CODE, NEED.VERSION).from(NEED).forEach(r -> versions.put("need " + r.value1(), r.value2()));
        dsl.select(RESOURCE.CODE, RESOURCE.VERSION).from(RESOURCE)
                .forEach(r -> versions.put("resource " + r.value1(), r.value2()));
        dsl.select(OFFER.ID, OFFER.VERSION).from(OFFER).forEach(r -> versions.put("offer " + r.value1(), r.value2()));
        return versions;
    }

    /** A checksum of every table kiosk-config writes. */
    private String fingerprint() {
        return dsl.fetch("CHECKSUM TABLE branch, branch_language, branch_opening_slot, need, need_text, resource, "
                + "resource_text, resource_language, resource_device, resource_need, offer").format();
    }
}
