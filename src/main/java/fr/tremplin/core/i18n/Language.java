package fr.tremplin.core.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages patron screens are translated into, each named in its own script (never by a flag).
 * The order is the default order of the language picker.
 */
public enum Language {
    FR("fr", "Français", false),
    EN("en", "English", false),
    AR("ar", "العربية", true),
    UK("uk", "Українська", false),
    PRS("prs", "دری", true),
    PS("ps", "پښتو", true),
    TI("ti", "ትግርኛ", false),
    RU("ru", "Русский", false),
    ES("es", "Español", false),
    TR("tr", "Türkçe", false);

    private final String code;
    private final String nativeName;
    private final boolean rightToLeft;
    private final Locale locale;
    private final Locale numberLocale;

    Language(String code, String nativeName, boolean rightToLeft) {
        this.code = code;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
        this.locale = Locale.forLanguageTag(code);
        this.numberLocale = Locale.forLanguageTag(code + "-u-nu-latn");
    }

    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The locale to format numbers and dates in: this language with Western digits, as on the library's papers and
     * codes, so a librarian can read along.
     */
    public Locale numberLocale() {
        return numberLocale;
    }

    public static Optional<Language> fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }

    public static Language of(Locale locale) {
        return locale == null ? FR : fromCode(locale.getLanguage()).orElse(FR);
    }
}
