package fr.tremplin.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tremplin.core.domain.AccessMode;
import fr.tremplin.core.domain.LanguageLevel;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.i18n.TranslationProvider;
import fr.tremplin.kiosk.FitReason;
import fr.tremplin.kiosk.LevelCheck;
import fr.tremplin.kiosk.Place;
import fr.tremplin.kiosk.StudyDevice;
import fr.tremplin.kiosk.WeeklyTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The keys the kiosk builds from codes (levels, reasons, steps…) exist in the French bundle, hence in all. */
class KioskBundleKeysTest {

    @Test
    void everyKeyBuiltFromACodeExists() {
        List<String> keys = new ArrayList<>();
        LevelScreen.LEVELS.forEach(level -> keys.add("kiosk.level." + level));
        for (FitReason reason : FitReason.values()) {
            keys.add("kiosk.why." + reason);
        }
        for (Place place : Place.values()) {
            keys.add("kiosk.where." + place);
        }
        for (StudyDevice device : StudyDevice.values()) {
            keys.add("kiosk.device." + device);
        }
        for (WeeklyTime time : WeeklyTime.values()) {
            keys.add("kiosk.time." + time);
        }
        for (AccessMode mode : AccessMode.values()) {
            for (int i = 1; i <= AccessSteps.STEPS.get(mode); i++) {
                keys.add("kiosk.steps." + mode + "." + i);
            }
        }
        LevelCheck.STATEMENTS.forEach(statement -> keys.add("kiosk.check." + statement.key()));
        for (int score = 1; score <= 3; score++) {
            keys.add("kiosk.satisfaction." + score);
        }

        assertThat(TranslationProvider.bundle(Language.FR).keySet()).containsAll(keys);
        assertThat(LevelScreen.LEVELS).doesNotContain(LanguageLevel.C2);
    }
}
