package fr.tremplin.kiosk;

import fr.tremplin.core.domain.LanguageLevel;
import fr.tremplin.core.i18n.Language;

/**
 * What a patron said on the kiosk, nothing more: the basis of the results and of the anonymous session record.
 * Every field but the language may be null (not asked yet, or skipped).
 */
public record PatronProfile(
        Language language,
        String needCode,
        String subNeedCode,
        LanguageLevel level,
        Place place,
        StudyDevice device,
        WeeklyTime weeklyTime) {

    /** The most precise need the patron chose. */
    public String chosenNeed() {
        return subNeedCode != null ? subNeedCode : needCode;
    }
}
