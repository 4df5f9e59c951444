package fr.tremplin.holdings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import fr.tremplin.core.domain.InvalidInputException;
import fr.tremplin.core.ui.Feedback;
import fr.tremplin.holdings.HoldingLibraries;
import fr.tremplin.holdings.LibraryCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The library system's codes and the branch each stands for, unmapped ones first. Records under an unmapped code
 * are imported all the same; a department admin maps the code here and the search shows their copies at once.
 */
class LibraryCodesGrid extends VerticalLayout {

    private final HoldingLibraries libraries;
    private final Grid<LibraryCode> grid = new Grid<>();
    private final Paragraph unmapped = new Paragraph();
    private final Map<String, String> branchNames = new LinkedHashMap<>();

    LibraryCodesGrid(HoldingLibraries libraries, boolean maps) {
        this.libraries = libraries;
        setPadding(false);
        libraries.branches().forEach(b -> branchNames.put(b.code(), b.name()));
        unmapped.setId("holdings-libraries-unmapped");
        grid.setId("holdings-libraries");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(LibraryCode::code).setHeader(getTranslation("staff.holdings.libraries.code"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.mapped() ? c.branchName() : getTranslation("staff.holdings.libraries.none"))
                .setHeader(getTranslation("staff.branch")).setKey("branch");
        grid.addColumn(LibraryCode::records).setHeader(getTranslation("staff.holdings.libraries.records"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LibraryCode::copies).setHeader(getTranslation("staff.holdings.libraries.copies"))
                .setAutoWidth(true).setFlexGrow(0);
        if (maps) {
            grid.addComponentColumn(this::mapper).setHeader(getTranslation("staff.holdings.libraries.map-to"))
                    .setKey("map").setAutoWidth(true);
        }
        grid.setAllRowsVisible(true);
        add(unmapped, grid);
        refresh();
    }

    void refresh() {
        List<LibraryCode> codes = libraries.codes();
        grid.setItems(codes);
        long none = codes.stream().filter(c -> !c.mapped()).count();
        unmapped.setText(none == 0 ? getTranslation("staff.holdings.libraries.all-mapped")
                : getTranslation("staff.holdings.libraries.unmapped", none));
    }

    /** A branch picker and a "map" button for one code. */
    private Component mapper(LibraryCode code) {
        Select<String> branch = new Select<>();
        branch.setId("holdings-library-" + code.code());
        branch.setAriaLabel(getTranslation("staff.holdings.libraries.map-to") + " " + code.code());
        branch.setItems(List.copyOf(branchNames.keySet()));
        branch.setItemLabelGenerator(b -> branchNames.getOrDefault(b, b));
        branch.setValue(code.branchCode());
        Button map = new Button(getTranslation("staff.holdings.libraries.map"), e -> map(code, branch.getValue()));
        map.setId("holdings-library-map-" + code.code());
        HorizontalLayout row = new HorizontalLayout(branch, map);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void map(LibraryCode code, String branchCode) {
        if (branchCode == null) {
            return;
        }
        try {
            LibraryCode mapped = libraries.map(code.code(), branchCode);
            Feedback.saved(getTranslation("staff.holdings.libraries.mapped", mapped.code(), mapped.branchName()));
            refresh();
        } catch (InvalidInputException e) {
            Feedback.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }
}
