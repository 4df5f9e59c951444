package fr.tremplin.holdings.ui;

import com.vaadin.flow.component.Component;
import fr.tremplin.catalogue.NeedTile;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.holdings.SearchFacet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How the staff search names facet values and branches, in the staff member's language. */
final class StaffSearchLabels {

    private final Component i18n;
    private final Map<String, String> needs = new HashMap<>();
    private final Map<String, String> branches;
    private final Locale locale;

    StaffSearchLabels(Component i18n, Locale locale, List<NeedTile> needTiles, Map<String, String> branches) {
        this.i18n = i18n;
        this.locale = locale;
        this.branches = Map.copyOf(branches);
        needTiles.forEach(tile -> needs.put(tile.code(), tile.label()));
    }

    String facet(SearchFacet facet) {
        return i18n.getTranslation("staff.search.facet." + facet.name());
    }

    String value(SearchFacet facet, String value) {
        return switch (facet) {
            case NEED -> needs.getOrDefault(value, value);
            case LANGUAGE -> Language.fromCode(value).map(Language::nativeName)
                    .orElseGet(() -> Locale.of(value).getDisplayLanguage(locale));
            case KIND, AVAILABLE -> i18n.getTranslation("staff.search." + facet.key() + "." + value);
            case BRANCH -> branch(value);
            case LEVEL -> value;
        };
    }

    /** A branch's name; a library code mapped to no branch is shown as such. */
    String branch(String code) {
        return code == null ? i18n.getTranslation("staff.search.unmapped") : branches.getOrDefault(code, code);
    }

    String text(String key, Object... params) {
        return i18n.getTranslation(key, params);
    }
}
