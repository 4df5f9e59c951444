package fr.tremplin.report;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tremplin.report.FigureTable.FigureRow;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The charts draw the tables as shown: never a hidden count, and they say so; text renders on a headless server. */
class ReportChartsTest {

    private static final Map<String, String> BUNDLE = Map.of(
            "staff.report.sessions-by-month", "Sessions par mois",
            "staff.report.chart.hidden", "Les effectifs masqués (< 5, ×) ne sont pas dessinés");
    private static final Function<String, String> TEXT = key -> BUNDLE.getOrDefault(key, key);

    private static ShownTable byMonth() {
        return Suppression.apply(new FigureTable("sessions-by-month", "staff.report.sessions-by-month",
                List.of("staff.report.sessions"), List.of(true), List.of(
                        new FigureRow("2003-01", List.of(3L)), new FigureRow("2003-02", List.of(17L)),
                        new FigureRow("2003-03", List.of(251L))), true));
    }

    @Test
    void aHiddenCountGetsNoBarAndTheChartSaysSo() throws Exception {
        String svg = ReportCharts.svg(byMonth(), TEXT);
        // Well-formed, so a browser reads every attribute (a stray quote once broke every text's style).
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new java.io.StringReader(svg)));
        assertThat(svg).contains("font-family: \"Noto Sans\"").contains("font-size: 18px");

        assertThat(svg).startsWith("<svg").contains("id='report-chart-svg-sessions-by-month'")
                .contains("viewBox='0.0 0.0 720.0 360.0'").contains(">Sessions par mois<")
                .contains(">2003-01 (&lt; 5)<").contains(">2003-02 (×)<").contains(">2003-03<").contains(">251<")
                .contains("Les effectifs masqués").doesNotContain(">3<").doesNotContain(">17<");
    }

    @Test
    void aTableWithNothingHiddenHasNoNote() {
        ShownTable table = Suppression.apply(new FigureTable("satisfaction", "staff.report.satisfaction",
                List.of("staff.report.answers"), List.of(true), List.of(new FigureRow("oui", List.of(40L)),
                        new FigureRow("non", List.of(12L))), true));

        assertThat(ReportCharts.svg(table, TEXT)).contains(">oui<").contains(">40<").contains(">12<")
                .doesNotContain("masqués");
    }

    @Test
    void textRendersOnAHeadlessServer() throws Exception {
        assertThat(GraphicsEnvironment.isHeadless()).isTrue();
        BufferedImage image = new BufferedImage(ReportCharts.WIDTH, ReportCharts.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        ReportCharts.draw(byMonth(), TEXT, g2, new Rectangle2D.Double(0, 0, ReportCharts.WIDTH, ReportCharts.HEIGHT));
        g2.dispose();
        // The title band holds dark pixels of text (the chart background is white).
        long dark = 0;
        for (int x = 0; x < ReportCharts.WIDTH; x++) {
            for (int y = 0; y < 30; y++) {
                dark += (image.getRGB(x, y) & 0xff) < 100 ? 1 : 0;
            }
        }
        assertThat(dark).isGreaterThan(200);
        Path png = Path.of("target", "report-charts", "sessions-by-month.png");
        Files.createDirectories(png.getParent());
        ImageIO.write(image, "png", png.toFile());
    }
}
