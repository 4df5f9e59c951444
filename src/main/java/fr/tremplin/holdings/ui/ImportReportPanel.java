package fr.tremplin.holdings.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import fr.tremplin.holdings.ImportReport;
import fr.tremplin.holdings.Rejection;

/** What one import did: its counts, and each rejected record with its position in the file and the reason. */
class ImportReportPanel extends VerticalLayout {

    ImportReportPanel() {
        setId("holdings-report");
        setPadding(false);
        setVisible(false);
    }

    void show(ImportReport report) {
        removeAll();
        setVisible(true);
        Paragraph file = new Paragraph(getTranslation("staff.holdings.report.file", report.fileName(),
                HoldingsLabels.format(report.format()), HoldingsLabels.when(report.startedAt()),
                getTranslation(report.fullExport() ? "staff.holdings.report.full" : "staff.holdings.report.partial")));
        file.setId("holdings-report-file");
        add(new H3(getTranslation("staff.holdings.report.title")), file);
        if (!report.done()) {
            Paragraph failed = new Paragraph(getTranslation("staff.holdings.report.failed", report.message()));
            failed.setId("holdings-failed");
            failed.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontWeight.SEMIBOLD);
            failed.getElement().setAttribute("role", "alert");
            add(failed);
            return;
        }
        FlexLayout counts = new FlexLayout(
                count("holdings-read", "staff.holdings.report.read", report.read()),
                count("holdings-added", "staff.holdings.report.added", report.added()),
                count("holdings-updated", "staff.holdings.report.updated", report.updated()),
                count("holdings-unchanged", "staff.holdings.report.unchanged", report.unchanged()),
                count("holdings-retired", "staff.holdings.report.retired", report.retired()),
                count("holdings-rejected", "staff.holdings.report.rejected", report.rejected()));
        counts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        counts.addClassNames(LumoUtility.Gap.LARGE);
        add(counts, rejections(report));
    }

    void clear() {
        removeAll();
        setVisible(false);
    }

    /** The number alone in its span, so that it reads the same in every language. */
    private Div count(String id, String labelKey, int value) {
        Span number = new Span(Integer.toString(value));
        number.setId(id);
        number.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.FontWeight.BOLD);
        Div box = new Div(number, new Div(getTranslation(labelKey)));
        box.addClassNames(LumoUtility.TextAlignment.CENTER);
        return box;
    }

    private Grid<Rejection> rejections(ImportReport report) {
        Grid<Rejection> grid = new Grid<>();
        grid.setId("holdings-rejections");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Rejection::position).setHeader(getTranslation("staff.holdings.rejection.position"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.recordId() == null ? "" : r.recordId())
                .setHeader(getTranslation("staff.holdings.rejection.record")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Rejection::reason).setHeader(getTranslation("staff.holdings.rejection.reason"));
        grid.setItems(report.rejections());
        grid.setAllRowsVisible(report.rejections().size() <= 20);
        grid.setVisible(!report.rejections().isEmpty());
        return grid;
    }
}
