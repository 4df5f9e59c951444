package fr.tremplin.report;

import fr.tremplin.report.ShownTable.ShownRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The report as CSV for a French spreadsheet: UTF-8 with a byte order mark (so Excel reads it as UTF-8), {@code ;}
 * between cells, CRLF lines, decimal comma. Hidden cells are written as their text ("&lt; 5", "×"), never their value.
 */
public final class ReportCsv {

    static final String LABEL_KEY = "staff.report.csv.label";
    static final String TOTAL_KEY = "staff.report.csv.total";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .get();
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private ReportCsv() {
    }

    /**
     * The whole export: the title, then per table a blank line, its title, its header, its rows and its total.
     *
     * @param translate gives the text of a staff bundle key
     */
    public static byte[] write(List<ShownTable> tables, Function<String, String> translate, String title) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
            writer.write('\uFEFF');
            printer.printRecord(text(title));
            for (ShownTable table : tables) {
                printer.println();
                printer.printRecord(text(translate.apply(table.titleKey())));
                List<String> header = new ArrayList<>();
                header.add(text(translate.apply(LABEL_KEY)));
                table.columnKeys().forEach(key -> header.add(text(translate.apply(key))));
                printer.printRecord(header);
                for (ShownRow row : table.rows()) {
                    printer.printRecord(row(row.label(), row));
                }
                if (table.total() != null) {
                    printer.printRecord(row(translate.apply(TOTAL_KEY), table.total()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A money amount with a decimal comma and two decimals, no thousands separator: {@code 1234,50}. */
    public static String decimal(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    private static List<String> row(String label, ShownRow row) {
        List<String> record = new ArrayList<>();
        record.add(text(label));
        // a count, "< 5", "×" or empty: never a formula, and never the value of a hidden cell
        row.cells().forEach(cell -> record.add(cell.text()));
        return record;
    }

    /** Free text, made inert for a spreadsheet: a leading = + - @ would otherwise start a formula. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
