package fr.tremplin.report;

import fr.tremplin.report.ShownTable.Cell;
import fr.tremplin.report.ShownTable.ShownRow;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Bar charts of report tables, drawn on the server (JFreeChart) as SVG for the screen or onto any Graphics2D (the
 * PDF). A chart draws the table as shown: a hidden count ("< 5" or "×") gets no bar, its label says why, and a note
 * under the chart says that hidden counts are not drawn. Text uses the bundled Noto Sans, so a headless server
 * without fonts measures it the same.
 */
public final class ReportCharts {

    /** The tables drawn as charts, in order. */
    public static final List<String> CHARTED = List.of("sessions-by-month", "sessions-by-audience", "satisfaction");
    public static final int WIDTH = 720;
    public static final int HEIGHT = 360;

    private static final Color INK = new Color(0x1b1f24);
    private static final Color BAR = new Color(0x0b5cad);
    private static final Color GRID = new Color(0xc8d0d8);
    private static final Font REGULAR = font("/fonts/NotoSans-Regular.ttf");
    private static final Font BOLD = font("/fonts/NotoSans-Bold.ttf");
    /** Double quotes: JFreeSVG writes its attributes between single ones, which a single quote would end. */
    private static final String SVG_FONTS = "\"Noto Sans\", \"DejaVu Sans\", Arial, sans-serif";

    private ReportCharts() {
    }

    /**
     * The chart of a table as an SVG element that scales to its box (a view box, no fixed size).
     *
     * @param text the text of a staff bundle key (title, note), in the language wanted
     */
    public static String svg(ShownTable table, Function<String, String> text) {
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
        svg.setFontFunction(family -> SVG_FONTS);
        svg.setDefsKeyPrefix("report-chart-" + table.id() + "-");
        draw(table, text, svg, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        return svg.getSVGElement("report-chart-svg-" + table.id(), false, new ViewBox(0, 0, WIDTH, HEIGHT),
                PreserveAspectRatio.XMID_YMID, MeetOrSlice.MEET);
    }

    /** Draws the chart of a table into an area of any Graphics2D. */
    public static void draw(ShownTable table, Function<String, String> text, Graphics2D g2, Rectangle2D area) {
        chart(table, text).draw(g2, area);
    }

    static JFreeChart chart(ShownTable table, Function<String, String> text) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        boolean anyHidden = false;
        for (ShownRow row : table.rows()) {
            Cell cell = row.cells().get(0);
            anyHidden |= cell.hidden();
            // A hidden count is drawn as absent, and its category says how it is shown in the table.
            data.addValue(cell.hidden() || cell.value() == null ? null : cell.value(), "",
                    cell.hidden() ? row.label() + " (" + cell.text() + ")" : row.label());
        }
        boolean months = table.id().equals("sessions-by-month");
        PlotOrientation orientation = months ? PlotOrientation.VERTICAL : PlotOrientation.HORIZONTAL;
        JFreeChart chart = new JFreeChart(text.apply(table.titleKey()), BOLD.deriveFont(18f),
                new CategoryPlot(data, new org.jfree.chart.axis.CategoryAxis(), new NumberAxis(), new BarRenderer()),
                false);
        theme().apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setOrientation(orientation);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setInsets(new RectangleInsets(8, 8, 8, 24));
        NumberAxis counts = (NumberAxis) plot.getRangeAxis();
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        counts.setUpperMargin(0.12);
        if (months && table.rows().size() > 6) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, BAR);
        bars.setMaximumBarWidth(0.12);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(REGULAR.deriveFont(13f));
        bars.setDefaultItemLabelPaint(INK);
        chart.setBackgroundPaint(Color.WHITE);
        if (anyHidden) {
            chart.addSubtitle(new TextTitle(text.apply("staff.report.chart.hidden"), REGULAR.deriveFont(13f)));
        }
        if (table.rows().isEmpty()) {
            plot.setNoDataMessage(text.apply("staff.report.empty"));
            plot.setNoDataMessageFont(REGULAR.deriveFont(15f));
        }
        return chart;
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("Tremplin");
        theme.setExtraLargeFont(BOLD.deriveFont(18f));
        theme.setLargeFont(REGULAR.deriveFont(15f));
        theme.setRegularFont(REGULAR.deriveFont(13f));
        theme.setSmallFont(REGULAR.deriveFont(12f));
        theme.setAxisLabelPaint(INK);
        theme.setTickLabelPaint(INK);
        theme.setTitlePaint(INK);
        theme.setSubtitlePaint(INK);
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        return theme;
    }

    private static Font font(String resource) {
        try (InputStream in = ReportCharts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the jar: " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Bad font " + resource, e);
        }
    }
}
