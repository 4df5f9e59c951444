package fr.tremplin.config;

import fr.tremplin.core.i18n.Language;
import java.util.Arrays;
import java.util.stream.Collectors;

final class KioskLanguages {

    private KioskLanguages() {
    }

    static String codes() {
        return Arrays.stream(Language.values()).map(Language::code).collect(Collectors.joining(" "));
    }

    static Language of(YamlNode node, String code) {
        return Language.fromCode(code).orElseThrow(() -> node.error("'" + code
                + "' is not a kiosk language; expected among " + codes()));
    }
}
