package fr.tremplin.catalogue;

import fr.tremplin.core.i18n.Language;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;

/** A need or sub-need as the taxonomy screen shows it, with the kiosk languages its label lacks. */
public record NeedLine(String code, String parentCode, String pictogram, Map<Language, String> labels,
        Set<Language> missingLanguages, int version, LocalDateTime staffEditedAt, String staffEditedBy) {

    public NeedLine {
        labels = Map.copyOf(labels);
        missingLanguages = Set.copyOf(missingLanguages);
    }
}
