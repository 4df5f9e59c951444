package fr.tremplin.report;

import fr.tremplin.report.ShownTable.Cell;
import fr.tremplin.report.ShownTable.ShownRow;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.FontMapper;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The yearly report ("bilan annuel") as a PDF in French (OpenPDF): title and scope, the privacy rule, the charts (drawn
 * as vectors), every table as shown (hidden counts as "< 5" or "×", never their value) and the staff notes. Text is
 * in the bundled Noto Sans, embedded, so any accent or name prints.
 */
final class ReportPdf {

    /** What the PDF holds: texts already in French, tables already suppressed. */
    record Content(String title, String scope, String made, List<ShownTable> tables, List<ReportNote> notes) {
    }

    private static final float MARGIN = 42;
    private static final java.awt.Color HEADER = new java.awt.Color(0xe3eaf2);

    private final Function<String, String> text;
    private final BaseFont regular = font("/fonts/NotoSans-Regular.ttf");
    private final BaseFont bold = font("/fonts/NotoSans-Bold.ttf");

    /** @param text the French text of a staff bundle key */
    ReportPdf(Function<String, String> text) {
        this.text = text;
    }

    byte[] write(Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + 12);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new Footer(content.title()));
        // A chart that does not fit waits for the next page, and so does what follows it.
        writer.setStrictImageSequence(true);
        document.addTitle(content.title());
        document.setDocumentLanguage("fr-FR");
        document.open();
        document.add(paragraph(content.title(), bold, 20, 4));
        document.add(paragraph(content.scope(), regular, 12, 2));
        document.add(paragraph(content.made(), regular, 10, 10));
        document.add(paragraph(text.apply("staff.report.pdf.privacy"), regular, 9, 14));
        document.add(paragraph(text.apply("staff.report.pdf.charts"), bold, 15, 6));
        for (String id : ReportCharts.CHARTED) {
            content.tables().stream().filter(t -> t.id().equals(id)).findFirst()
                    .ifPresent(table -> document.add(chart(writer, table)));
        }
        document.add(paragraph(text.apply("staff.report.pdf.figures"), bold, 15, 6));
        content.tables().forEach(table -> document.add(table(table)));
        document.add(paragraph(text.apply("staff.report.notes"), bold, 15, 6));
        if (content.notes().isEmpty()) {
            document.add(paragraph(text.apply("staff.report.notes.none"), regular, 10, 4));
        }
        for (ReportNote note : content.notes()) {
            Paragraph shown = new Paragraph();
            shown.add(new Chunk(note.month() + " – " + note.branchName() + " : ", new Font(bold, 10)));
            shown.add(new Chunk(note.body(), new Font(regular, 10)));
            shown.setSpacingAfter(4);
            document.add(shown);
        }
        document.close();
        return out.toByteArray();
    }

    /** A chart drawn as vectors into a template, scaled to the width of the page. */
    private Image chart(PdfWriter writer, ShownTable table) {
        PdfTemplate template = writer.getDirectContent().createTemplate(ReportCharts.WIDTH, ReportCharts.HEIGHT);
        Graphics2D g2 = template.createGraphics(ReportCharts.WIDTH, ReportCharts.HEIGHT, new NotoMapper());
        ReportCharts.draw(table, text, g2, new Rectangle2D.Double(0, 0, ReportCharts.WIDTH, ReportCharts.HEIGHT));
        g2.dispose();
        Image image = Image.getInstance(template);
        image.scaleToFit(PageSize.A4.getWidth() - 2 * MARGIN, PageSize.A4.getHeight());
        image.setAlt(text.apply(table.titleKey()));
        image.setSpacingAfter(8);
        return image;
    }

    private PdfPTable table(ShownTable table) {
        int columns = table.columnKeys().size() + 1;
        PdfPTable pdf = new PdfPTable(columns);
        pdf.setWidthPercentage(100);
        float[] widths = new float[columns];
        java.util.Arrays.fill(widths, 1);
        widths[0] = Math.max(2, columns - 1.5f);
        pdf.setWidths(widths);
        pdf.setHeaderRows(2);
        pdf.setSpacingAfter(12);
        pdf.setKeepTogether(table.rows().size() < 25);
        PdfPCell title = cell(text.apply(table.titleKey()), bold, 11, Element.ALIGN_LEFT);
        title.setColspan(columns);
        title.setBorder(PdfPCell.NO_BORDER);
        pdf.addCell(title);
        pdf.addCell(header(text.apply("staff.report.csv.label"), Element.ALIGN_LEFT));
        table.columnKeys().forEach(key -> pdf.addCell(header(text.apply(key), Element.ALIGN_RIGHT)));
        if (table.rows().isEmpty()) {
            PdfPCell empty = cell(text.apply("staff.report.empty"), regular, 9, Element.ALIGN_LEFT);
            empty.setColspan(columns);
            pdf.addCell(empty);
        }
        table.rows().forEach(row -> row(pdf, row, regular));
        if (table.total() != null) {
            row(pdf, new ShownRow(text.apply("staff.report.csv.total"), table.total().cells()), bold);
        }
        return pdf;
    }

    private void row(PdfPTable pdf, ShownRow row, BaseFont font) {
        pdf.addCell(cell(row.label(), font, 9, Element.ALIGN_LEFT));
        for (Cell cell : row.cells()) {
            pdf.addCell(cell(cell.text(), font, 9, Element.ALIGN_RIGHT));
        }
    }

    private PdfPCell header(String label, int align) {
        PdfPCell cell = cell(label, bold, 9, align);
        cell.setBackgroundColor(HEADER);
        return cell;
    }

    private static PdfPCell cell(String content, BaseFont font, float size, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(content, new Font(font, size)));
        cell.setHorizontalAlignment(align);
        cell.setPadding(3);
        return cell;
    }

    private static Paragraph paragraph(String content, BaseFont font, float size, float after) {
        Paragraph paragraph = new Paragraph(content, new Font(font, size));
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    /** The title and the page number at the foot of every page. */
    private final class Footer extends PdfPageEventHelper {

        private final String title;

        Footer(String title) {
            this.title = title;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(title + " – " + writer.getPageNumber(), new Font(regular, 8)),
                    PageSize.A4.getWidth() / 2, MARGIN / 2, 0);
        }
    }

    /** The chart's Java fonts are drawn in the embedded Noto Sans. */
    private final class NotoMapper implements FontMapper {

        @Override
        public BaseFont awtToPdf(java.awt.Font font) {
            // A font loaded from a bold file says PLAIN as its style: its name tells.
            return font.isBold() || font.getFontName().toLowerCase(java.util.Locale.ROOT).contains("bold") ? bold
                    : regular;
        }

        @Override
        public java.awt.Font pdfToAwt(BaseFont font, int size) {
            return new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, size);
        }
    }

    private static BaseFont font(String resource) {
        try (InputStream in = ReportPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the jar: " + resource);
            }
            return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
