package fr.tremplin.core.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Serves every string of the screens. Patron strings are in {@code i18n/messages_<code>.properties}, one bundle
 * per kiosk language; staff strings are in {@code i18n/staff_<fr|en>.properties}. A key missing in the asked
 * language falls back to French, then English; the bundle tests keep that from happening.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final String PATRON_BUNDLE = "i18n/messages";
    public static final String STAFF_BUNDLE = "i18n/staff";
    /** The languages staff screens are written in. */
    public static final List<Language> STAFF_LANGUAGES = List.of(Language.FR, Language.EN);

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(Language.values()).map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        for (Language language : fallbackChain(Language.of(locale))) {
            Optional<String> pattern = find(PATRON_BUNDLE, language, key);
            if (pattern.isEmpty() && STAFF_LANGUAGES.contains(language)) {
                pattern = find(STAFF_BUNDLE, language, key);
            }
            if (pattern.isPresent()) {
                // Apostrophes are text in our bundles, never MessageFormat quoting. Digits are Western in every
                // language (see Language.numberLocale).
                return params.length == 0 ? pattern.get()
                        : new MessageFormat(pattern.get().replace("'", "''"), language.numberLocale()).format(params);
            }
        }
        log.warn("No translation for key {}", key);
        return "!" + key + "!";
    }

    /** The patron bundle of one kiosk language. */
    public static ResourceBundle bundle(Language language) {
        return bundle(PATRON_BUNDLE, language);
    }

    public static ResourceBundle bundle(String baseName, Language language) {
        try {
            return ResourceBundle.getBundle(baseName, language.locale(), TranslationProvider.class.getClassLoader(),
                    NO_FALLBACK);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Missing translation bundle " + baseName + "_" + language.code(), e);
        }
    }

    private static Optional<String> find(String baseName, Language language, String key) {
        ResourceBundle bundle = bundle(baseName, language);
        return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
    }

    private static List<Language> fallbackChain(Language language) {
        return switch (language) {
            case FR -> List.of(Language.FR, Language.EN);
            case EN -> List.of(Language.EN, Language.FR);
            default -> List.of(language, Language.FR, Language.EN);
        };
    }
}
