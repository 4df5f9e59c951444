package fr.tremplin.catalogue;

import fr.tremplin.core.domain.AccessMode;
import fr.tremplin.core.i18n.Language;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;

/**
 * A resource as the catalogue screen shows it, with its texts in every language it has and the kiosk languages it
 * lacks.
 */
public record ResourceLine(String code, String publisher, AccessMode accessMode, Map<Language, ResourceText> texts,
        Set<Language> missingLanguages, int version, LocalDateTime staffEditedAt, String staffEditedBy) {

    public ResourceLine {
        texts = Map.copyOf(texts);
        missingLanguages = Set.copyOf(missingLanguages);
    }
}
