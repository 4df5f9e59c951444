package fr.tremplin.core.i18n;

import java.util.List;
import java.util.Map;

/** Picks the text of a translated item for a patron: their language, else French, else English, else any. */
public final class Translations {

    private Translations() {
    }

    public static <T> T pick(Map<Language, T> texts, Language language) {
        for (Language candidate : List.of(language, Language.FR, Language.EN)) {
            T text = texts.get(candidate);
            if (text != null) {
                return text;
            }
        }
        return texts.values().stream().findFirst().orElse(null);
    }
}
