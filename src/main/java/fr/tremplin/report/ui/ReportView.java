package fr.tremplin.report.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.tremplin.core.security.StaffPaths;
import fr.tremplin.core.ui.StaffLayout;
import fr.tremplin.report.ReportCharts;
import fr.tremplin.report.ReportNotes;
import fr.tremplin.report.ReportPeriod;
import fr.tremplin.report.ReportService;
import fr.tremplin.report.ShownTable;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report of the kiosk sessions: a period and a branch (or all), charts and tables with small counts hidden, and
 * a CSV export for a French spreadsheet. It prints on A4 without the staff frame and the filters.
 */
@Route(value = StaffPaths.REPORT, layout = StaffLayout.class)
@PermitAll
public class ReportView extends VerticalLayout implements HasDynamicTitle {

    static final String ALL = "";

    private final ReportService reports;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<String> branch = new Select<>();
    private final Div charts = new Div();
    private final Div tables = new Div();
    private final ReportNotesPanel notes;

    public ReportView(ReportService reports, ReportNotes reportNotes, Clock clock) {
        this.reports = reports;
        this.notes = new ReportNotesPanel(reportNotes);
        setId("report-view");
        LocalDate today = LocalDate.now(clock);
        from.setId("report-from");
        from.setLabel(getTranslation("staff.report.from"));
        from.setValue(today.withDayOfYear(1));
        to.setId("report-to");
        to.setLabel(getTranslation("staff.report.to"));
        to.setValue(today);
        Map<String, String> names = new LinkedHashMap<>();
        names.put(ALL, getTranslation("staff.report.all-branches"));
        names.putAll(reports.branches());
        branch.setId("report-branch");
        branch.setLabel(getTranslation("staff.report.branch"));
        branch.setItems(names.keySet());
        branch.setItemLabelGenerator(names::get);
        branch.setValue(ALL);
        from.addValueChangeListener(e -> show());
        to.addValueChangeListener(e -> show());
        branch.addValueChangeListener(e -> show());
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = reports.csv(period());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "tremplin-bilan-" + from.getValue() + "-"
                    + to.getValue() + ".csv", "text/csv; charset=UTF-8", bytes.length);
        }), getTranslation("staff.report.export-csv"));
        csv.setId("report-export-csv");
        csv.getElement().setAttribute("download", true);
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            int year = (from.getValue() == null ? today : from.getValue()).getYear();
            byte[] bytes = reports.pdf(year, period().branchCode());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "tremplin-bilan-annuel-" + year
                    + (period().branchCode() == null ? "" : "-" + period().branchCode()) + ".pdf", "application/pdf",
                    bytes.length);
        }), "");
        pdf.setId("report-export-pdf");
        pdf.getElement().setAttribute("download", true);
        from.addValueChangeListener(e -> pdf.setText(getTranslation("staff.report.export-pdf",
                String.valueOf((e.getValue() == null ? today : e.getValue()).getYear()))));
        pdf.setText(getTranslation("staff.report.export-pdf", String.valueOf(from.getValue().getYear())));
        HorizontalLayout filters = new HorizontalLayout(from, to, branch, csv, pdf);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        filters.addClassName("report-filters");
        charts.setId("report-charts");
        charts.addClassName("report-charts");
        tables.setId("report-tables");
        // The whole view is what prints (the staff frame and the filters do not).
        addClassNames("print-sheet", "report-print");
        add(new H2(getTranslation("staff.report.title")), new Paragraph(getTranslation("staff.report.intro")),
                filters, charts, tables, notes);
        show();
    }

    private ReportPeriod period() {
        return new ReportPeriod(from.getValue(), to.getValue(), ALL.equals(branch.getValue()) ? null
                : branch.getValue());
    }

    private void show() {
        charts.removeAll();
        tables.removeAll();
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            tables.add(new Paragraph(getTranslation("staff.report.bad-period")));
            return;
        }
        List<ShownTable> report = reports.report(period());
        if (reports.countsWholeMonths(period())) {
            Paragraph whole = new Paragraph(getTranslation("staff.report.whole-months"));
            whole.setId("report-whole-months");
            tables.add(whole);
        }
        ReportCharts.CHARTED.forEach(id -> report.stream().filter(t -> t.id().equals(id)).findFirst()
                .ifPresent(table -> charts.add(new ReportChartView(table))));
        report.forEach(table -> tables.add(new ReportTableView(table)));
        notes.show(period());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.report.title");
    }
}
