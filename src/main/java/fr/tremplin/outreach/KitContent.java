package fr.tremplin.outreach;

import fr.tremplin.admin.OpeningSlot;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.i18n.TranslationProvider;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Everything a kit template prints, already chosen and translated: templates only lay it out.
 *
 * @param branchLink the absolute kiosk address of the branch in {@code language}, printed and in the main QR code
 * @param contact the branch's public contact on one line, or empty
 */
record KitContent(String branchName, Language language, Optional<Language> second, String branchLink,
        List<FeaturedNeed> needs, List<OpeningSlot> hours, String contact) {

    /** A need as printed: its label in each language of the piece and the deep link its QR code opens. */
    record FeaturedNeed(String code, Map<Language, String> labels, String link) {
    }

    boolean rightToLeft() {
        return language.rightToLeft();
    }

    /** The kit text of {@code key} in a language of the piece, from the patron bundles. */
    static String text(Language language, String key) {
        ResourceBundle bundle = TranslationProvider.bundle(language);
        return bundle.getString(key);
    }
}
