package fr.tremplin.core.db;

import fr.tremplin.core.i18n.Language;
import org.jooq.impl.AbstractConverter;

/** Stores a {@link Language} as its code (the values of the patron_session.ui_locale ENUM). */
public class LanguageConverter extends AbstractConverter<String, Language> {

    public LanguageConverter() {
        super(String.class, Language.class);
    }

    @Override
    public Language from(String code) {
        return code == null ? null : Language.fromCode(code)
                .orElseThrow(() -> new IllegalArgumentException("Unknown language code " + code));
    }

    @Override
    public String to(Language language) {
        return language == null ? null : language.code();
    }
}
