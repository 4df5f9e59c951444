package fr.tremplin.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tremplin.catalogue.ResourceDefinition;
import fr.tremplin.core.domain.AccessMode;
import fr.tremplin.core.domain.LanguageLevel;
import fr.tremplin.core.i18n.Language;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueFileTest {

    private static final Set<String> NEEDS = Set.of("FRENCH", "FRENCH_EVERYDAY");
    private static final Set<String> BRANCHES = Set.of("luneville", "frouard");

    @TempDir
    Path dir;

    @Test
    void readsAResourceWithItsOffers() throws IOException {
        List<ResourceDefinition> resources = CatalogueFile.read(write(resource("""
                    levels: { min: A1, max: B2 }
                    offeredBy:
                      - luneville
                      - branch: frouard
                        accessMode: POOL_CODE
                        licences: 20
                        yearlyCost: 450.5
                        enabled: false
                """)), NEEDS, BRANCHES);

        ResourceDefinition resource = resources.get(0);
        assertThat(resource.code()).isEqualTo("DEMO");
        assertThat(resource.levelMin()).isEqualTo(LanguageLevel.A1);
        assertThat(resource.levelMax()).isEqualTo(LanguageLevel.B2);
        assertThat(resource.texts().get(Language.FR).title()).isEqualTo("Démo");
        assertThat(resource.offers()).hasSize(2);
        assertThat(resource.offers().get(0).enabled()).isTrue();
        assertThat(resource.offers().get(1).accessModeOverride()).isEqualTo(AccessMode.POOL_CODE);
        assertThat(resource.offers().get(1).yearlyCost()).isEqualTo(new BigDecimal("450.50"));
        assertThat(resource.offers().get(1).enabled()).isFalse();
    }

    @Test
    void rejectsALevelRangeUpsideDown() throws IOException {
        Path file = write(resource("""
                    levels: { min: B2, max: A1 }
                    offeredBy: [luneville]
                """));

        assertThatThrownBy(() -> CatalogueFile.read(file, NEEDS, BRANCHES))
                .hasMessageContaining("catalogue.yml, line 4, field resources[0].levels.max: the highest level A1 is below the lowest B2");
    }

    @Test
    void rejectsAnUnknownLevel() throws IOException {
        Path file = write(resource("""
                    levels: { min: A1, max: B3 }
                    offeredBy: [luneville]
                """));

        assertThatThrownBy(() -> CatalogueFile.read(file, NEEDS, BRANCHES))
                .hasMessageContaining("field resources[0].levels.max: 'B3' is not allowed; expected one of [ALPHA, A1");
    }

    @Test
    void rejectsABranchThatDoesNotExist() throws IOException {
        Path file = write(resource("""
                    levels: { min: A1, max: B2 }
                    offeredBy: [luneville, lunneville]
                """));

        assertThatThrownBy(() -> CatalogueFile.read(file, NEEDS, BRANCHES))
                .hasMessageContaining("line 5, field resources[0].offeredBy[1]: 'lunneville' is not a branch of branches.yml");
    }

    @Test
    void rejectsANeedThatDoesNotExist() throws IOException {
        Path file = write(resource("""
                    levels: { min: A1, max: B2 }
                    offeredBy: [luneville]
                """).replace("needs: [FRENCH_EVERYDAY]", "needs: [FRENCH_DAILY]"));

        assertThatThrownBy(() -> CatalogueFile.read(file, NEEDS, BRANCHES))
                .hasMessageContaining("field resources[0].needs[0]: 'FRENCH_DAILY' is not a need of taxonomy.yml");
    }

    @Test
    void rejectsAWebAddressThatIsNotOne() throws IOException {
        Path file = write(resource("""
                    levels: { min: A1, max: B2 }
                    url: apprendre.tv5monde
                    offeredBy: [luneville]
                """));

        assertThatThrownBy(() -> CatalogueFile.read(file, NEEDS, BRANCHES))
                .hasMessageContaining("field resources[0].url: 'apprendre.tv5monde' is not a web address");
    }

    @Test
    void requiresTheFrenchTexts() throws IOException {
        Path file = write(resource("""
                    levels: { min: A1, max: B2 }
                    offeredBy: [luneville]
                """).replace("      fr: { title: Démo }", "      en: { title: Demo }"));

        assertThatThrownBy(() -> CatalogueFile.read(file, NEEDS, BRANCHES))
                .hasMessageContaining("field resources[0].texts: the French texts (fr) are missing");
    }

    private static String resource(String extra) {
        return """
                resources:
                  - code: DEMO
                    accessMode: FREE_ONLINE
                """ + extra + """
                    instructionLanguages: [fr]
                    devices: [COMPUTER]
                    needs: [FRENCH_EVERYDAY]
                    texts:
                      fr: { title: Démo }
                """;
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve(CatalogueFile.NAME), yaml);
    }
}
