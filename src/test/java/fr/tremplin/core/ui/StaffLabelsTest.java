package fr.tremplin.core.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tremplin.core.domain.AccessMode;
import fr.tremplin.core.i18n.TranslationProvider;
import fr.tremplin.core.security.StaffRole;
import java.time.DayOfWeek;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every role, access mode and day has its label in both staff bundles (their keys are built, not literal). */
class StaffLabelsTest {

    @ParameterizedTest
    @EnumSource(value = fr.tremplin.core.i18n.Language.class, names = {"FR", "EN"})
    void everyEnumValueHasItsLabel(fr.tremplin.core.i18n.Language language) {
        ResourceBundle bundle = TranslationProvider.bundle(TranslationProvider.STAFF_BUNDLE, language);
        for (StaffRole role : StaffRole.values()) {
            assertThat(bundle.containsKey(StaffLabels.ROLE + role.name())).as(role.name()).isTrue();
            assertThat(bundle.containsKey(StaffLabels.ROLE + role.name() + ".text")).as(role.name()).isTrue();
        }
        for (AccessMode mode : AccessMode.values()) {
            assertThat(bundle.containsKey(StaffLabels.ACCESS_MODE + mode.name())).as(mode.name()).isTrue();
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            assertThat(bundle.containsKey(StaffLabels.DAY + day.name().toLowerCase(Locale.ROOT))).as(day.name())
                    .isTrue();
        }
    }
}
