package fr.tremplin.holdings.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import fr.tremplin.holdings.ImportReport;
import fr.tremplin.holdings.ImportSource;
import java.util.List;
import java.util.function.Consumer;

/** The latest imports, newest first; a click on one shows its report. */
class ImportHistoryGrid extends Grid<ImportReport> {

    ImportHistoryGrid(Consumer<ImportReport> onOpen) {
        setId("holdings-history");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(r -> HoldingsLabels.when(r.startedAt())).setHeader(getTranslation("staff.holdings.history.when"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(ImportReport::fileName).setHeader(getTranslation("staff.holdings.history.file"));
        addColumn(r -> getTranslation(r.source() == ImportSource.UPLOAD
                ? "staff.holdings.source.upload" : "staff.holdings.source.folder"))
                .setHeader(getTranslation("staff.holdings.history.source")).setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> HoldingsLabels.format(r.format())).setHeader(getTranslation("staff.holdings.format"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> HoldingsLabels.yesNo(r.fullExport()))
                .setHeader(getTranslation("staff.holdings.history.full")).setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> getTranslation(r.done() ? "staff.holdings.history.done" : "staff.holdings.history.failed"))
                .setHeader(getTranslation("staff.holdings.history.outcome")).setAutoWidth(true).setFlexGrow(0);
        addColumn(ImportReport::added).setHeader(getTranslation("staff.holdings.report.added")).setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(ImportReport::updated).setHeader(getTranslation("staff.holdings.report.updated"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(ImportReport::retired).setHeader(getTranslation("staff.holdings.report.retired"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(ImportReport::rejected).setHeader(getTranslation("staff.holdings.report.rejected"))
                .setAutoWidth(true).setFlexGrow(0);
        setAllRowsVisible(true);
        addItemClickListener(e -> onOpen.accept(e.getItem()));
    }

    void show(List<ImportReport> history) {
        setItems(history);
    }
}
