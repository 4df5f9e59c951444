package fr.tremplin.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Input;
import fr.tremplin.holdings.CatalogueSearch;
import fr.tremplin.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The kiosk's search and its "also on the shelves here", over the demo's resources and shelves (demo-holdings.xml). */
class KioskSearchViewTest extends ViewTest {

    @Autowired
    CatalogueSearch search;

    @BeforeEach
    void indexUpToDate() {
        search.refresh();
    }

    @Test
    void aPatronSearchesFromTheStartScreenAndFindsWebsitesAndBooksTogether() {
        UI.getCurrent().navigate("kiosk/luneville");
        click("search-open");

        type("francais");
        click("search-submit");

        assertThat(all(SearchResultCard.class, "search-result-TV5MONDE_FLE")).as("a website, accents ignored").hasSize(1);
        assertThat(all(SearchResultCard.class, "search-result-1003")).as("a book of the branch's shelves").hasSize(1);
        assertThat(text("search-result-1003")).contains("448.2 GRE").contains("Disponible");
        assertThat(all(SearchResultCard.class, "search-result-1011"))
                .as("a book with no copy in this branch is not offered at its kiosk").isEmpty();

        click("facet-kind-shelf");
        assertThat(all(SearchResultCard.class, "search-result-TV5MONDE_FLE")).isEmpty();
        assertThat(all(SearchResultCard.class, "search-result-1003")).hasSize(1);
        click("facet-kind-shelf");
        assertThat(all(SearchResultCard.class, "search-result-TV5MONDE_FLE")).hasSize(1);

        click("search-result-TV5MONDE_FLE");
        assertThat(all(ResourceScreen.class, "resource-screen")).hasSize(1);
        click("back");
        assertThat(all(Component.class, "lang-fr")).as("back returns to the screen the search covered").hasSize(1);
    }

    @Test
    void aTypoIsForgivenAndACorrectionOffered() {
        UI.getCurrent().navigate("kiosk/luneville");
        click("lang-fr");
        click("search-open");

        type("gramaire");
        click("search-submit");

        assertThat(all(SearchResultCard.class, "search-result-1003")).hasSize(1);
    }

    @Test
    void theResultsAndTheResourcePageShowTheBooksOnTheBranchsShelves() {
        UI.getCurrent().navigate("kiosk/luneville");
        click("lang-fr");
        click("need-DRIVING");
        for (String next : new String[] {"subneed-DRIVING_LEARN", "level-B1", "constraints-skip"}) {
            if (!all(Component.class, next).isEmpty()) {
                click(next);
            }
        }

        assertThat(all(ResultsScreen.class, "results-screen")).hasSize(1);
        assertThat(all(com.vaadin.flow.component.html.Div.class, "shelf-item-1013")).as("the code de la route at Lunéville").hasSize(1);
        assertThat(text("shelf-item-1013")).contains("343.09 ROU").contains("Vie pratique").contains("Emprunté");
        assertThat(all(com.vaadin.flow.component.html.Div.class, "shelf-item-1014")).as("a book with no copy at Lunéville").isEmpty();
    }

    private void type(String words) {
        Input box = get(Input.class, "search-box");
        test(box).setValue(words);
    }

    private String text(String id) {
        return get(Component.class, id).getElement().getTextRecursively();
    }
}
