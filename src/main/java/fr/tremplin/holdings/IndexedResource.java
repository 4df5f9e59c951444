package fr.tremplin.holdings;

import fr.tremplin.core.domain.LanguageLevel;
import fr.tremplin.core.i18n.Language;
import java.util.Map;
import java.util.Set;

/**
 * A digital resource as the index sees it: its texts per language, the languages it teaches in, its own need codes
 * (parents are added from the {@link NeedTree}) and the branches offering it enabled.
 */
record IndexedResource(String code, String publisher, Map<Language, Text> texts, LanguageLevel levelMin,
        LanguageLevel levelMax, Set<String> languages, Set<String> needCodes, Set<String> branches) {

    IndexedResource {
        texts = Map.copyOf(texts);
        languages = Set.copyOf(languages);
        needCodes = Set.copyOf(needCodes);
        branches = Set.copyOf(branches);
    }

    record Text(String title, String summary, String learn) {
    }
}
