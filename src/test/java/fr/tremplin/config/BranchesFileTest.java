package fr.tremplin.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tremplin.admin.BranchSettings;
import fr.tremplin.core.i18n.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BranchesFileTest {

    @TempDir
    Path dir;

    @Test
    void readsTheSixDemoBranches() {
        List<BranchSettings> branches = BranchesFile.read(Path.of("kiosk-config", BranchesFile.NAME));

        assertThat(branches).extracting(BranchSettings::code).containsExactly("luneville", "nancy-plateau-de-haye",
                "longwy", "pont-a-mousson", "moselle-et-madon", "frouard");
        BranchSettings luneville = branches.get(0);
        assertThat(luneville.timeZone().getId()).isEqualTo("Europe/Paris");
        assertThat(luneville.languages()).startsWith(Language.FR, Language.EN, Language.AR);
        assertThat(luneville.idleTimeoutSeconds()).isEqualTo(90);
        assertThat(luneville.openingHours()).contains(
                new fr.tremplin.admin.OpeningSlot(DayOfWeek.WEDNESDAY, LocalTime.of(14, 0), LocalTime.of(18, 0)));
        assertThat(branches.get(2).idleTimeoutSeconds()).as("default idle timeout").isEqualTo(90);
    }

    @Test
    void namesFileLineAndFieldOfAnUnknownLanguage() throws IOException {
        Path file = write("""
                branches:
                  - code: test
                    name: Test
                    languages: [fr, xx]
                """);

        assertThatThrownBy(() -> BranchesFile.read(file))
                .isInstanceOfSatisfying(KioskConfigException.class, e -> {
                    assertThat(e.file()).endsWith("branches.yml");
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.field()).isEqualTo("branches[0].languages[1]");
                })
                .hasMessageContaining("branches.yml, line 4, field branches[0].languages[1]: 'xx' is not a kiosk language");
    }

    @Test
    void rejectsAMistypedFieldName() throws IOException {
        Path file = write("""
                branches:
                  - code: test
                    name: Test
                    langauges: [fr]
                """);

        assertThatThrownBy(() -> BranchesFile.read(file))
                .hasMessageContaining("line 4, field branches[0].langauges: unknown field 'langauges'");
    }

    @Test
    void rejectsAFieldGivenTwice() throws IOException {
        Path file = write("""
                branches:
                  - code: test
                    name: Test
                    name: Other
                    languages: [fr]
                """);

        assertThatThrownBy(() -> BranchesFile.read(file)).hasMessageContaining("line 4")
                .hasMessageContaining("'name' is given twice (first on line 3)");
    }

    @Test
    void reportsTheLineOfBrokenYaml() throws IOException {
        Path file = write("""
                branches:
                  - code: test
                    name: "Test
                    languages: [fr]
                """);

        assertThatThrownBy(() -> BranchesFile.read(file)).isInstanceOf(KioskConfigException.class)
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void rejectsAnOpeningPeriodThatClosesBeforeItOpens() throws IOException {
        Path file = write("""
                branches:
                  - code: test
                    name: Test
                    languages: [fr]
                    openingHours:
                      monday: ["18:00-09:00"]
                """);

        assertThatThrownBy(() -> BranchesFile.read(file))
                .hasMessageContaining("line 6, field branches[0].openingHours.monday[0]: '18:00-09:00' closes before it opens");
    }

    @Test
    void rejectsABranchCodeThatIsNotUrlSafe() throws IOException {
        Path file = write("""
                branches:
                  - code: Pont à Mousson
                    name: Test
                    languages: [fr]
                """);

        assertThatThrownBy(() -> BranchesFile.read(file)).hasMessageContaining("line 2, field branches[0].code")
                .hasMessageContaining("lowercase letters, digits and single dashes");
    }

    @Test
    void rejectsAMissingFile() {
        assertThatThrownBy(() -> BranchesFile.read(dir.resolve("nowhere.yml")))
                .hasMessageContaining("nowhere.yml: the file is missing");
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve(BranchesFile.NAME), yaml);
    }
}
