package fr.tremplin.report;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tremplin.report.FigureTable.FigureRow;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The CSV export opens right in a French spreadsheet and never holds a hidden count. */
class ReportCsvTest {

    private static final Map<String, String> BUNDLE = Map.of(
            "staff.report.csv.label", "Libellé",
            "staff.report.csv.total", "Total",
            "report.by-month", "Sessions par mois",
            "report.resources", "Ressources",
            "sessions", "Sessions",
            "licences", "Licences achetées");
    private static final Function<String, String> TRANSLATE = key -> BUNDLE.getOrDefault(key, key);

    @Test
    void theFileStartsWithAByteOrderMarkAndEndsItsLinesWithCrLf() {
        byte[] bytes = ReportCsv.write(List.of(byMonth()), TRANSLATE, "Bilan annuel");
        String csv = new String(bytes, StandardCharsets.UTF_8);

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(csv).startsWith("\uFEFFBilan annuel\r\n\r\nSessions par mois\r\nLibellé;Sessions\r\n");
        assertThat(csv.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void theFileParsesBackToTheTablesAsShown() throws IOException {
        List<CSVRecord> records = parse(csv(List.of(byMonth(), resources())));

        assertThat(records).extracting(CSVRecord::toList).containsExactly(
                List.of("Bilan annuel"),
                List.of("Sessions par mois"),
                List.of("Libellé", "Sessions"),
                List.of("janvier", "< 5"),
                List.of("février", "×"),
                List.of("mars", "250"),
                List.of("Total", "270"),
                List.of("Ressources"),
                List.of("Libellé", "Sessions", "Licences achetées"),
                List.of("Vocable; langues", "40", "2"),
                List.of("'=HYPERLINK(\"http://evil.example\";\"clic\")", "0", "1"));
    }

    @Test
    void hiddenCountsAppearNowhereInTheFile() {
        String csv = csv(List.of(byMonth()));

        assertThat(csv).contains("< 5", "×").doesNotContain("3").doesNotContain("17");
    }

    @Test
    void aLabelThatLooksLikeAFormulaIsNeutralised() throws IOException {
        List<CSVRecord> records = parse(csv(List.of(resources())));

        assertThat(records).extracting(r -> r.get(0)).noneMatch(label -> label.startsWith("="))
                .contains("'=HYPERLINK(\"http://evil.example\";\"clic\")");
        assertThat(ReportCsv.text("+33 6")).isEqualTo("'+33 6");
        assertThat(ReportCsv.text("-1")).isEqualTo("'-1");
        assertThat(ReportCsv.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void moneyHasADecimalCommaTwoDecimalsAndNoThousandsSeparator() {
        assertThat(ReportCsv.decimal(new BigDecimal("1234.5"))).isEqualTo("1234,50");
        assertThat(ReportCsv.decimal(BigDecimal.ZERO)).isEqualTo("0,00");
        assertThat(ReportCsv.decimal(new BigDecimal("1234567.125"))).isEqualTo("1234567,13");
    }

    private static ShownTable byMonth() {
        List<FigureRow> rows = List.of(row("janvier", 3L), row("février", 17L), row("mars", 250L));
        return Suppression.apply(new FigureTable("sessions-by-month", "report.by-month", List.of("sessions"),
                List.of(true), rows, true));
    }

    private static ShownTable resources() {
        List<FigureRow> rows = List.of(row("Vocable; langues", 40L, 2L),
                row("=HYPERLINK(\"http://evil.example\";\"clic\")", 0L, 1L));
        return Suppression.apply(new FigureTable("resources", "report.resources", List.of("sessions", "licences"),
                List.of(true, false), rows, false));
    }

    private static FigureRow row(String label, Long... values) {
        return new FigureRow(label, Arrays.asList(values));
    }

    private static String csv(List<ShownTable> tables) {
        return new String(ReportCsv.write(tables, TRANSLATE, "Bilan annuel"), StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        assertThat(csv).startsWith("\uFEFF");
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').get();
        try (var parser = format.parse(new StringReader(csv.substring(1)))) {
            return parser.getRecords();
        }
    }
}
