package fr.tremplin.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import fr.tremplin.core.ui.Tile;
import fr.tremplin.support.ViewTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class KioskViewTest extends ViewTest {

    @Test
    void startsWithEveryLanguageOfTheBranchNamedInItsOwnScript() {
        UI.getCurrent().navigate("kiosk/luneville");

        List<String> ids = all(Tile.class).stream().map(t -> t.getId().orElseThrow()).toList();
        assertThat(ids).last().as("search comes after the languages").isEqualTo("search-open");
        assertThat(ids.stream().filter(id -> id.startsWith("lang-"))).containsExactly("lang-fr", "lang-en", "lang-ar", "lang-uk", "lang-prs", "lang-ps", "lang-ti",
                "lang-ru", "lang-es", "lang-tr");
        assertThat(get(Tile.class, "lang-ar").label().getText()).isEqualTo("العربية");
        assertThat(get(Tile.class, "lang-uk").label().getText()).isEqualTo("Українська");
        assertThat(get(H1.class, "screen-question").getElement().getTextRecursively())
                .contains("Choisissez votre langue", "اختر لغتك");
    }

    @Test
    void offersOnlyTheLanguagesOfTheBranchInItsOrder() {
        UI.getCurrent().navigate("kiosk/frouard");

        assertThat(all(Tile.class).stream().map(t -> t.getId().orElseThrow()).filter(id -> id.startsWith("lang-")))
                .containsExactly("lang-fr", "lang-en", "lang-ar", "lang-uk", "lang-tr");
    }

    @Test
    void choosingArabicShowsTheNeedsInArabic() {
        UI.getCurrent().navigate("kiosk/luneville");

        click("lang-ar");

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ar");
        assertThat(get(H1.class, "screen-question").getText()).isEqualTo("ماذا تريد أن تفعل؟");
        Tile job = get(Tile.class, "need-JOB");
        assertThat(job.label().getText()).matches(".*\\p{InArabic}.*");
    }

    @Test
    void choosingFrenchShowsTheNeedsOfTheBranchInFrench() {
        UI.getCurrent().navigate("kiosk/luneville");

        click("lang-fr");

        assertThat(get(Tile.class, "need-JOB").label().getText()).isEqualTo("Trouver un emploi");
        assertThat(get(Tile.class, "need-FRENCH").label().getText())
                .isEqualTo("Apprendre le français");
    }

    @Test
    void anUnknownBranchSaysSoKindly() {
        UI.getCurrent().navigate("kiosk/atlantis");

        assertThat(get(Div.class, "unknown-branch")
                .getElement().getTextRecursively()).contains("« atlantis »", "Demandez à un bibliothécaire");
        assertThat(all(Tile.class)).isEmpty();
    }
}
