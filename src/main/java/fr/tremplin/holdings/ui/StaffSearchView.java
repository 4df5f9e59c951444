package fr.tremplin.holdings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.tremplin.admin.BranchService;
import fr.tremplin.catalogue.CatalogueService;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.security.StaffAccess;
import fr.tremplin.core.security.StaffPaths;
import fr.tremplin.core.ui.StaffLayout;
import fr.tremplin.holdings.CatalogueSearch;
import fr.tremplin.holdings.HoldingTagsService;
import fr.tremplin.holdings.SearchFacet;
import fr.tremplin.holdings.SearchFilters;
import fr.tremplin.holdings.SearchQuery;
import fr.tremplin.holdings.SearchResults;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The catalogue search for librarians: the same search and ids as the kiosk's, over every branch, with the records
 * whose library code is mapped to no branch; a record's needs and levels can be corrected from its result.
 */
@Route(value = StaffPaths.SEARCH, layout = StaffLayout.class)
@RolesAllowed({"DEPARTMENT_ADMIN", "BRANCH_ADMIN", "LIBRARIAN"})
public class StaffSearchView extends VerticalLayout implements HasDynamicTitle {

    static final int SHOWN = 50;

    private final CatalogueSearch search;
    private final StaffSearchLabels labels;
    private final HoldingTagsService tags;
    private final Input box = new Input(ValueChangeMode.ON_CHANGE);
    private final Div outcome = new Div();
    private final Map<SearchFacet, Set<String>> filters = new EnumMap<>(SearchFacet.class);

    public StaffSearchView(CatalogueSearch search, CatalogueService catalogue, BranchService branches,
            HoldingTagsService tags, StaffAccess access) {
        this.search = search;
        this.tags = tags;
        Map<String, String> branchNames = new HashMap<>();
        branches.activeBranches().forEach(branch -> branchNames.put(branch.code(), branch.name()));
        this.labels = new StaffSearchLabels(this, getLocale(), catalogue.allNeeds(Language.of(getLocale())), branchNames);
        setId("staff-search-view");
        box.setId("search-box");
        box.setType("search");
        box.setPlaceholder(getTranslation("staff.search.placeholder"));
        box.getElement().setAttribute("aria-label", getTranslation("staff.search.title"));
        box.addClassName("staff-search-box");
        box.getElement().addEventListener("keydown", e -> run()).setFilter("event.key === 'Enter'")
                .synchronizeProperty("value");
        Button submit = new Button(getTranslation("staff.search.submit"), e -> run());
        submit.setId("search-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(box, submit);
        form.setWidthFull();
        outcome.setWidthFull();
        add(new H2(getTranslation("staff.search.title")), new Paragraph(getTranslation("staff.search.intro")), form,
                outcome);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.search.title");
    }

    private void run() {
        SearchResults results = search.search(new SearchQuery(box.getValue(), Language.of(getLocale()), null,
                Map.copyOf(filters), SHOWN));
        outcome.removeAll();
        Paragraph count = new Paragraph(results.total() == 0 ? getTranslation("staff.search.none")
                : getTranslation("staff.search.count", results.total()));
        count.setId(results.total() == 0 ? "search-none" : "search-count");
        outcome.add(count);
        if (results.didYouMean() != null) {
            Button retry = new Button(getTranslation("staff.search.did-you-mean", results.didYouMean()), e -> {
                box.setValue(results.didYouMean());
                run();
            });
            retry.setId("search-did-you-mean");
            retry.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            outcome.add(retry);
        }
        Div hits = new Div();
        hits.setId("search-results");
        results.hits().forEach(hit -> hits.add(new StaffSearchResult(hit, labels,
                () -> HoldingTagsDialog.open(tags, hit.id()))));
        HorizontalLayout layout = new HorizontalLayout(new StaffSearchFacets(results.facets(), filters, labels,
                this::toggle), hits);
        layout.setWidthFull();
        layout.setFlexGrow(1, hits);
        outcome.add(layout);
    }

    private void toggle(SearchFacet facet, String value) {
        SearchFilters.toggle(filters, facet, value);
        run();
    }
}
