package fr.tremplin.outreach;

import fr.tremplin.core.i18n.Language;
import java.util.List;

/**
 * What a branch admin asks the kit for.
 *
 * @param bilingual whether French is printed under every text (ignored when {@code language} is French)
 * @param needCodes the needs to feature, in order; empty for every need the branch serves
 */
public record KitRequest(String branchCode, KitItem item, Language language, boolean bilingual,
        List<String> needCodes) {

    public KitRequest {
        needCodes = List.copyOf(needCodes);
    }

    /** The second language of the texts, if any. */
    public java.util.Optional<Language> secondLanguage() {
        return bilingual && language != Language.FR ? java.util.Optional.of(Language.FR) : java.util.Optional.empty();
    }
}
