package fr.tremplin.report.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Section;
import fr.tremplin.report.ShownTable;
import fr.tremplin.report.ShownTable.ShownRow;

/** One table of the report as plain HTML: readable on screen, in print and by screen readers. */
class ReportTableView extends Section {

    ReportTableView(ShownTable table) {
        setId("report-" + table.id());
        addClassName("report-table");
        NativeTable html = new NativeTable();
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow headings = new NativeTableRow();
        headings.add(new NativeTableHeaderCell(""));
        table.columnKeys().forEach(key -> headings.add(new NativeTableHeaderCell(getTranslation(key))));
        head.add(headings);
        NativeTableBody body = new NativeTableBody();
        table.rows().forEach(row -> body.add(row(row, false)));
        if (table.total() != null) {
            body.add(row(new ShownRow(getTranslation("staff.report.csv.total"), table.total().cells()), true));
        }
        html.add(head, body);
        add(new H3(getTranslation(table.titleKey())), html);
        if (table.rows().isEmpty()) {
            add(getTranslation("staff.report.empty"));
        }
    }

    private static NativeTableRow row(ShownRow row, boolean total) {
        NativeTableRow html = new NativeTableRow();
        NativeTableHeaderCell label = new NativeTableHeaderCell(row.label());
        label.getElement().setAttribute("scope", "row");
        html.add(label);
        row.cells().forEach(cell -> {
            NativeTableCell td = new NativeTableCell(cell.text());
            td.addClassName(cell.hidden() ? "hidden-count" : "count");
            html.add(td);
        });
        if (total) {
            html.addClassName("total");
        }
        return html;
    }
}
