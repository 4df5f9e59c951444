package fr.tremplin.holdings;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * MARC records name languages with three letters (ISO 639-2, often its bibliographic codes: "fre", "ger"); Tremplin
 * uses two (ISO 639-1), like the resources' languages. A code without a two-letter form is kept as given.
 */
final class IsoLanguages {

    private static final Map<String, String> TWO_LETTER = new HashMap<>();

    static {
        for (String code : Locale.getISOLanguages()) {
            TWO_LETTER.put(Locale.of(code).getISO3Language(), code);
        }
        String[][] bibliographic = {{"fre", "fr"}, {"ger", "de"}, {"chi", "zh"}, {"per", "fa"}, {"dut", "nl"},
            {"gre", "el"}, {"arm", "hy"}, {"cze", "cs"}, {"rum", "ro"}, {"slo", "sk"}, {"alb", "sq"}, {"baq", "eu"},
            {"bur", "my"}, {"geo", "ka"}, {"ice", "is"}, {"mac", "mk"}, {"mao", "mi"}, {"may", "ms"}, {"tib", "bo"},
            {"wel", "cy"}, {"prs", "prs"}};
        for (String[] pair : bibliographic) {
            TWO_LETTER.put(pair[0], pair[1]);
        }
    }

    private IsoLanguages() {
    }

    static String twoLetter(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String key = code.strip().toLowerCase(Locale.ROOT);
        if (key.length() > 3) {
            key = key.substring(0, 3);
        }
        return TWO_LETTER.getOrDefault(key, key);
    }
}
