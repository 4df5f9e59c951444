package fr.tremplin.holdings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchAnalyzersTest {

    private static String stems(String text) {
        return String.join(" ", SearchAnalyzers.terms(SearchAnalyzers.stemmed(), SearchFields.TITLE, text));
    }

    @Test
    void accentsCaseAndGenderGiveOneStem() {
        assertThat(stems("francais")).isEqualTo(stems("Français")).isEqualTo(stems("françaises"))
                .isEqualTo(stems("FRANÇAISE"));
    }

    @Test
    void pluralsMeetTheirSingular() {
        assertThat(stems("exercices")).isEqualTo(stems("exercice"));
        assertThat(stems("journaux")).isEqualTo(stems("journal"));
    }

    @Test
    void elisionsAndStopWordsAreDropped() {
        assertThat(stems("l'emploi")).isEqualTo(stems("emploi"));
        assertThat(SearchAnalyzers.terms(SearchAnalyzers.words(), SearchFields.WORDS, "Le français de l'entretien"))
                .containsExactly("francais", "entretien");
    }

    @Test
    void prefixesAreTheStartsOfEachFoldedWord() {
        assertThat(SearchAnalyzers.terms(SearchAnalyzers.prefixes(), SearchFields.PREFIX, "Été"))
                .containsExactly("e", "et", "ete");
    }
}
