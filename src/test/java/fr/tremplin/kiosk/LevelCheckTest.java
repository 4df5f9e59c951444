package fr.tremplin.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tremplin.core.domain.LanguageLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LevelCheckTest {

    @ParameterizedTest(name = "{0} yes then no: {1}")
    @CsvSource({"0, ALPHA", "1, A1", "2, A1", "3, A2", "4, B1", "5, B1"})
    void placesThePatronByTheYesAnswersBeforeTheFirstNo(int yes, LanguageLevel expected) {
        LevelCheck check = LevelCheck.start();
        for (int i = 0; i < yes; i++) {
            check = check.answer(true);
        }
        check = check.answer(false);

        assertThat(check.finished()).isTrue();
        assertThat(check.level()).isEqualTo(expected);
    }

    @Test
    void sixYesPlaceThePatronAtB2() {
        LevelCheck check = LevelCheck.start();
        for (int i = 0; i < LevelCheck.STATEMENTS.size(); i++) {
            assertThat(check.finished()).isFalse();
            assertThat(check.position()).isEqualTo(i + 1);
            check = check.answer(true);
        }
        assertThat(check.level()).isEqualTo(LanguageLevel.B2);
    }

    @Test
    void asksAboutSixStatementsFromTheEasiest() {
        assertThat(LevelCheck.STATEMENTS).hasSize(6);
        assertThat(LevelCheck.start().current().key()).isEqualTo("read-words");
    }

    @Test
    void refusesAnswersAfterTheEndAndALevelBeforeIt() {
        assertThatThrownBy(() -> LevelCheck.start().level()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> LevelCheck.start().answer(false).answer(true))
                .isInstanceOf(IllegalStateException.class);
    }
}
