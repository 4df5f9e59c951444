package fr.tremplin.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tremplin.core.domain.LanguageLevel;
import fr.tremplin.core.i18n.Language;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The deep-link format of printed QR codes: read leniently, never an error. */
class DeepLinkTest {

    @Test
    void readsEveryParameterOfTheContract() {
        DeepLink link = DeepLink.of(Map.of("lang", List.of("ar"), "need", List.of("FRENCH"), "subneed",
                List.of("french_everyday"), "level", List.of("a1"), "ref", List.of("CCAS-Nancy")));
        assertThat(link).isEqualTo(new DeepLink(Optional.of(Language.AR), Optional.of("FRENCH"),
                Optional.of("FRENCH_EVERYDAY"), Optional.of(LanguageLevel.A1), Optional.of("CCAS-Nancy")));
    }

    @Test
    void dropsWhatIsMalformedAndKeepsTheRest() {
        DeepLink link = DeepLink.of(Map.of("lang", List.of("xx"), "need", List.of("JOB<script>"), "subneed",
                List.of("JOB_CV", "JOB_SEARCH"), "level", List.of("Z9"), "ref", List.of("a")));
        assertThat(link).isEqualTo(DeepLink.NONE);
        assertThat(DeepLink.of(Map.of("need", List.of(" JOB "), "other", List.of("x"))).needCode()).contains("JOB");
        assertThat(DeepLink.of(Map.of()).isEmpty()).isTrue();
    }
}
