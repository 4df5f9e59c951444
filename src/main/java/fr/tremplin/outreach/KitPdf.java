package fr.tremplin.outreach;

import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Turns a kit page (XHTML) into a PDF with openhtmltopdf. ICU4J splits and reorders bidirectional text,
 * {@link ArabicScriptShaper} shapes Arabic-script runs, and the Noto fonts are embedded (subsets, see
 * {@link KitFonts}), so no printer or reader lacks a script.
 */
final class KitPdf {

    private KitPdf() {
    }

    static byte[] render(String xhtml, boolean rightToLeft) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument(); KitFonts fonts = new KitFonts(document)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ArabicScriptShaper());
            builder.defaultTextDirection(rightToLeft ? TextDirection.RTL : TextDirection.LTR);
            fonts.register(builder);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
