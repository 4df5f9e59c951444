package fr.tremplin.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tremplin.core.domain.LanguageLevel;
import fr.tremplin.core.i18n.Language;
import org.junit.jupiter.api.Test;

class PatronJourneyTest {

    @Test
    void backReturnsThroughTheScreensSeenAndStopsAtTheLanguage() {
        PatronJourney journey = new PatronJourney(Language.FR);
        journey.goTo(JourneyStep.NEED);
        journey.goTo(JourneyStep.LEVEL);
        journey.goTo(JourneyStep.LEVEL_CHECK);

        assertThat(journey.back()).isEqualTo(JourneyStep.LEVEL);
        assertThat(journey.back()).isEqualTo(JourneyStep.NEED);
        assertThat(journey.back()).isEqualTo(JourneyStep.LANGUAGE);
        assertThat(journey.back()).isEqualTo(JourneyStep.LANGUAGE);
    }

    @Test
    void choosingAnotherNeedForgetsTheSubNeedOfTheFirst() {
        PatronJourney journey = new PatronJourney(Language.AR);
        journey.chooseNeed("JOB");
        journey.chooseSubNeed("JOB_CV");
        journey.chooseNeed("FRENCH");
        journey.chooseLevel(LanguageLevel.A1, LevelSource.CHECK);

        assertThat(journey.profile()).isEqualTo(new PatronProfile(Language.AR, "FRENCH", null, LanguageLevel.A1,
                null, null, null));
        assertThat(journey.profile().chosenNeed()).isEqualTo("FRENCH");
    }
}
