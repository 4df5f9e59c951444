package fr.tremplin.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every bundle has every key, none is empty, and every key the code asks for exists. */
class TranslationBundleTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile("getTranslation\\(\"([a-z0-9.-]+)\"\\s*[,)]");

    @ParameterizedTest
    @EnumSource(Language.class)
    void hasEveryKeyOfEveryOtherBundle(Language language) {
        Set<String> all = new TreeSet<>();
        for (Language other : Language.values()) {
            all.addAll(TranslationProvider.bundle(other).keySet());
        }
        ResourceBundle bundle = TranslationProvider.bundle(language);

        assertThat(new TreeSet<>(bundle.keySet())).as("keys of messages_" + language.code())
                .containsExactlyElementsOf(all);
        assertThat(all).allSatisfy(key -> assertThat(bundle.getString(key)).as(key).isNotBlank());
    }

    @Test
    void staffBundlesHaveTheSameKeysAndNoneOverlapsAPatronKey() {
        Set<String> french = new TreeSet<>(TranslationProvider.bundle(TranslationProvider.STAFF_BUNDLE, Language.FR)
                .keySet());
        Set<String> english = new TreeSet<>(TranslationProvider.bundle(TranslationProvider.STAFF_BUNDLE, Language.EN)
                .keySet());

        assertThat(english).containsExactlyElementsOf(french);
        assertThat(french).doesNotContainAnyElementsOf(TranslationProvider.bundle(Language.FR).keySet());
        for (Language language : TranslationProvider.STAFF_LANGUAGES) {
            ResourceBundle bundle = TranslationProvider.bundle(TranslationProvider.STAFF_BUNDLE, language);
            assertThat(french).allSatisfy(key -> assertThat(bundle.getString(key)).as(key).isNotBlank());
        }
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        Set<String> known = new TreeSet<>(TranslationProvider.bundle(Language.FR).keySet());
        known.addAll(TranslationProvider.bundle(TranslationProvider.STAFF_BUNDLE, Language.FR).keySet());
        assertThat(known).containsAll(used);
    }

    @Test
    void fallsBackToFrenchThenEnglishAndFormatsParameters() {
        TranslationProvider provider = new TranslationProvider();
        assertThat(provider.getTranslation("kiosk.branch.unknown.text", Locale.FRENCH, "x"))
                .isEqualTo("La bibliothèque « x » n'existe pas. Demandez à un bibliothécaire.");
        assertThat(provider.getTranslation("no.such.key", Locale.forLanguageTag("ar"))).isEqualTo("!no.such.key!");
        assertThat(provider.getTranslation("kiosk.need.question", Locale.GERMAN)).as("unknown language: French")
                .isEqualTo("Que voulez-vous faire ?");
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"AR", "PRS", "PS"})
    void numbersAreWrittenInWesternDigitsInEveryScript(Language language) {
        String text = new TranslationProvider().getTranslation("kiosk.check.progress", language.locale(), 3, 12);
        assertThat(text).contains("3", "12").doesNotContainPattern("[\\u0660-\\u0669\\u06F0-\\u06F9]");
    }
}
