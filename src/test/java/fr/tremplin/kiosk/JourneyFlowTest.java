package fr.tremplin.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tremplin.kiosk.JourneyFlow.Choice;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The journey's transitions as a table: screen × choice (× need, × sub-needs offered) → next screen. */
class JourneyFlowTest {

    @ParameterizedTest(name = "{0} + {1} (need {2}, sub-needs {3}) -> {4}")
    @CsvSource(nullValues = "-", value = {
        "LANGUAGE,    LANGUAGE,    -,         false, NEED",
        "NEED,        NEED,        JOB,       true,  SUB_NEED",
        "NEED,        NEED,        DRIVING,   false, LEVEL",
        "SUB_NEED,    SUB_NEED,    JOB,       false, LEVEL",
        "LEVEL,       LEVEL,       JOB,       false, CONSTRAINTS",
        "LEVEL,       LEVEL_CHECK, FRENCH,    false, LEVEL_CHECK",
        "LEVEL_CHECK, LEVEL,       FRENCH,    false, CONSTRAINTS",
        "LEVEL,       LEVEL,       LANGUAGES, false, CONSTRAINTS",
        "CONSTRAINTS, CONSTRAINTS, JOB,       false, RESULTS",
        "RESULTS,     RESOURCE,    JOB,       false, RESOURCE",
        "NEED,        FINISH,      -,         false, END",
        "RESULTS,     FINISH,      JOB,       false, END",
        "RESOURCE,    FINISH,      JOB,       false, END",
        "END,         FINISH,      JOB,       false, END",
    })
    void eachChoiceLeadsToItsScreen(JourneyStep from, Choice choice, String need, boolean subNeeds,
            JourneyStep expected) {
        assertThat(JourneyFlow.next(from, choice, need, subNeeds)).isEqualTo(expected);
    }

    @Test
    void theFrenchLevelCheckIsNotOfferedToSomeoneLearningAnotherLanguage() {
        assertThat(JourneyFlow.levelIsAboutFrench("LANGUAGES")).isFalse();
        assertThat(JourneyFlow.levelCheckOffered("LANGUAGES")).isFalse();
        assertThat(JourneyFlow.levelCheckOffered("FRENCH")).isTrue();
        assertThat(JourneyFlow.levelCheckOffered("JOB")).isTrue();
        assertThatThrownBy(() -> JourneyFlow.next(JourneyStep.LEVEL, Choice.LEVEL_CHECK, "LANGUAGES", false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("LEVEL_CHECK");
    }

    @Test
    void everyOtherChoiceIsRefused() {
        Set<String> allowed = new HashSet<>();
        for (JourneyStep from : JourneyStep.values()) {
            for (Choice choice : Choice.values()) {
                try {
                    JourneyFlow.next(from, choice, "JOB", true);
                    allowed.add(from + "+" + choice);
                } catch (IllegalStateException refused) {
                    assertThat(refused).hasMessageContaining(from.name()).hasMessageContaining(choice.name());
                }
            }
        }
        assertThat(allowed).containsExactlyInAnyOrder("LANGUAGE+LANGUAGE", "NEED+NEED", "SUB_NEED+SUB_NEED",
                "LEVEL+LEVEL", "LEVEL+LEVEL_CHECK", "LEVEL_CHECK+LEVEL", "CONSTRAINTS+CONSTRAINTS",
                "RESULTS+RESOURCE", "LANGUAGE+FINISH", "NEED+FINISH", "SUB_NEED+FINISH", "LEVEL+FINISH",
                "LEVEL_CHECK+FINISH", "CONSTRAINTS+FINISH", "RESULTS+FINISH", "RESOURCE+FINISH", "END+FINISH");
    }
}
