package fr.tremplin.core.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Serves every patron and staff string from {@code i18n/messages_<code>.properties}. A key missing in the
 * patron's language falls back to French, then English; the bundle test keeps that from happening.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final String BUNDLE = "i18n/messages";
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
            ResourceBundle bundle = bundle(language);
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                // Apostrophes are text in our bundles, never MessageFormat quoting.
                return params.length == 0 ? pattern
                        : new MessageFormat(pattern.replace("'", "''"), language.locale()).format(params);
            }
        }
        log.warn("No translation for key {}", key);
        return "!" + key + "!";
    }

    public static ResourceBundle bundle(Language language) {
        try {
            return ResourceBundle.getBundle(BUNDLE, language.locale(), TranslationProvider.class.getClassLoader(),
                    NO_FALLBACK);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Missing translation bundle " + BUNDLE + "_" + language.code(), e);
        }
    }

    private static List<Language> fallbackChain(Language language) {
        return switch (language) {
            case FR -> List.of(Language.FR, Language.EN);
            case EN -> List.of(Language.EN, Language.FR);
            default -> List.of(language, Language.FR, Language.EN);
        };
    }
}
