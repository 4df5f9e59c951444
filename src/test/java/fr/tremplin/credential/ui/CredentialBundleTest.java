package fr.tremplin.credential.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.i18n.TranslationProvider;
import fr.tremplin.credential.CredentialFileException.Problem;
import fr.tremplin.credential.CredentialRow.CredentialState;
import fr.tremplin.credential.PoolPolicy;
import fr.tremplin.credential.RejectedLine.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The credential screens build keys from enum values and show the keys the services throw: each must be in both
 * staff bundles (the general bundle test sees only keys written in a getTranslation call).
 */
class CredentialBundleTest {

    private static final Pattern KEY_IN_SERVICE = Pattern.compile("\"(staff\\.credentials\\.[a-z0-9.-]*[a-z0-9])\"");

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"FR", "EN"})
    void everyBuiltKeyHasItsMessage(Language language) throws IOException {
        ResourceBundle bundle = TranslationProvider.bundle(TranslationProvider.STAFF_BUNDLE, language);
        Set<String> keys = new TreeSet<>();
        for (Reason reason : Reason.values()) {
            keys.add(reason.messageKey());
        }
        for (Problem problem : Problem.values()) {
            keys.add(problem.messageKey());
        }
        for (PoolPolicy policy : PoolPolicy.values()) {
            keys.add(CredentialLabels.POLICY + policy.name());
        }
        for (CredentialState state : CredentialState.values()) {
            keys.add(CredentialLabels.STATE + state.name());
        }
        for (String column : CredentialLabels.COLUMNS) {
            keys.add(CredentialLabels.COLUMN + column.replace(' ', '-'));
        }
        keys.addAll(keysThrownByTheServices());

        assertThat(keys).as("keys of staff_" + language.code()).allSatisfy(key ->
                assertThat(bundle.containsKey(key)).as(key).isTrue());
        assertThat(keysThrownByTheServices()).contains("staff.credentials.error.pool-changed",
                "staff.credentials.error.no-offer");
    }

    private static Set<String> keysThrownByTheServices() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/fr/tremplin/credential"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_SERVICE.matcher(Files.readString(source));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }
}
