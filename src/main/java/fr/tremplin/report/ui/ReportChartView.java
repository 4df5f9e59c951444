package fr.tremplin.report.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import fr.tremplin.report.ReportCharts;
import fr.tremplin.report.ShownTable;

/**
 * One chart of the report, drawn on the server as SVG and inlined: it scales to the page on screen and stays sharp
 * on paper. The table beside it holds the same figures for screen readers, so the picture is named only.
 */
class ReportChartView extends Div {

    ReportChartView(ShownTable table) {
        setId("report-chart-" + table.id());
        addClassName("report-chart");
        Svg svg = new Svg(ReportCharts.svg(table, this::getTranslation));
        svg.getElement().setAttribute("role", "img");
        svg.getElement().setAttribute("aria-label", getTranslation(table.titleKey()));
        add(svg);
    }
}
