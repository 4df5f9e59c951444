package fr.tremplin.holdings.ui;

import static fr.tremplin.core.db.jooq.Tables.HOLDING_LIBRARY;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Input;
import fr.tremplin.core.security.StaffPaths;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.holdings.CatalogueSearch;
import fr.tremplin.support.StaffViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The librarians' catalogue search over the demo's shelves (kiosk-config/demo-holdings.xml): every branch, the
 * records of a library code mapped to no branch ("BDP"), facets, and a record's needs opened from its result.
 */
class StaffSearchViewTest extends StaffViewTest {

    @Autowired
    CatalogueSearch search;

    @BeforeEach
    void signInALibrarian() {
        search.refresh();
        assertThat(dsl.select(HOLDING_LIBRARY.BRANCH_ID).from(HOLDING_LIBRARY)
                .where(HOLDING_LIBRARY.LIBRARY_CODE.eq("BDP")).fetchOne(HOLDING_LIBRARY.BRANCH_ID))
                .as("the demo's BDP code is mapped to no branch").isNull();
        signIn(fixtures.create("lib", StaffRole.LIBRARIAN, "luneville"));
        UI.getCurrent().navigate(StaffPaths.SEARCH);
    }

    @Test
    void findsBooksOfEveryBranchAndOfUnmappedCodesNextToWebsites() {
        searchFor("code de la route");

        assertThat(all(StaffSearchResult.class, "search-result-1013")).hasSize(1);
        assertThat(all(StaffSearchResult.class, "search-result-1014"))
                .as("a book with no copy at the librarian's branch still shows here").hasSize(1);
        searchFor("etranger camus");
        assertThat(text("search-result-1031")).contains("BDP").contains("mapped to no branch")
                .contains("Médiathèque de Lunéville");
    }

    @Test
    void facetsNarrowByBranchAndKind() {
        searchFor("français");
        assertThat(all(StaffSearchResult.class, "search-result-1006")).hasSize(1);

        click("facet-branch-luneville");
        assertThat(all(StaffSearchResult.class, "search-result-1006")).as("1006 is only at Nancy").isEmpty();
        assertThat(all(StaffSearchResult.class, "search-result-1003")).hasSize(1);

        click("facet-kind-digital");
        assertThat(all(StaffSearchResult.class, "search-result-1003")).isEmpty();
        assertThat(all(StaffSearchResult.class, "search-result-TV5MONDE_FLE")).hasSize(1);
    }

    @Test
    void aRecordsNeedsOpenFromItsResult() {
        searchFor("code de la route");

        click("search-tags-1013");

        assertThat(all(Dialog.class)).hasSize(1);
        assertThat(all(com.vaadin.flow.component.Component.class, "holding-tags-needs")).hasSize(1);
    }

    private void searchFor(String words) {
        test(get(Input.class, "search-box")).setValue(words);
        click("search-submit");
    }

    private String text(String id) {
        return get(StaffSearchResult.class, id).getElement().getTextRecursively();
    }
}
