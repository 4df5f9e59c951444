package fr.tremplin.kiosk;

import fr.tremplin.core.domain.LanguageLevel;
import fr.tremplin.core.i18n.Language;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A kiosk address that opens the journey part-way, as printed in QR codes on posters, flyers and referral slips:
 * {@code /kiosk/{branch}?lang=ar&need=FRENCH&subneed=FRENCH_EVERYDAY&level=A1&ref=PARTNER}. Every parameter is
 * optional, and this format never changes (paper lives for years). A value that is malformed is dropped here; one
 * that is well formed but stale (a need the branch no longer offers) is dropped when the journey follows the link,
 * which then stops at the nearest screen that is still valid, never at an error.
 *
 * @param referral the code of the partner who sent the patron, as printed (counted anonymously)
 */
public record DeepLink(Optional<Language> language, Optional<String> needCode, Optional<String> subNeedCode,
        Optional<LanguageLevel> level, Optional<String> referral) {

    public static final DeepLink NONE = new DeepLink(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,60}");
    private static final Pattern REFERRAL = Pattern.compile("[A-Za-z0-9-]{2,40}");

    /** Reads the parameters of an address: each a list of values, of which only a single one counts. */
    public static DeepLink of(Map<String, List<String>> parameters) {
        return new DeepLink(
                single(parameters, "lang").flatMap(Language::fromCode),
                single(parameters, "need").map(DeepLink::upper).filter(c -> CODE.matcher(c).matches()),
                single(parameters, "subneed").map(DeepLink::upper).filter(c -> CODE.matcher(c).matches()),
                single(parameters, "level").map(DeepLink::upper).flatMap(DeepLink::level),
                single(parameters, "ref").filter(r -> REFERRAL.matcher(r).matches()));
    }

    public boolean isEmpty() {
        return language.isEmpty() && needCode.isEmpty() && subNeedCode.isEmpty() && level.isEmpty()
                && referral.isEmpty();
    }

    private static Optional<String> single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.size() == 1 ? Optional.of(values.get(0).strip()).filter(v -> !v.isEmpty()) : Optional.empty();
    }

    private static String upper(String value) {
        return value.toUpperCase(java.util.Locale.ROOT);
    }

    private static Optional<LanguageLevel> level(String value) {
        return Arrays.stream(LanguageLevel.values()).filter(l -> l.name().equals(value)).findFirst();
    }
}
