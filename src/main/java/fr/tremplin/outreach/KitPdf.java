package fr.tremplin.outreach;

import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Turns a kit page (XHTML) into a PDF with openhtmltopdf. ICU4J splits and reorders bidirectional text,
 * {@link ArabicScriptShaper} joins Arabic-script letters, and the Noto fonts are embedded (subsets), so no printer or
 * reader lacks a script.
 */
final class KitPdf {

    static final String LATIN = "Noto Sans";
    static final String ARABIC = "Noto Naskh Arabic";
    static final String ETHIOPIC = "Noto Sans Ethiopic";

    private record EmbeddedFont(String family, int weight, byte[] data) {
    }

    private static final List<EmbeddedFont> FONTS = List.of(
            font(LATIN, 400, "NotoSans-Regular.ttf"), font(LATIN, 700, "NotoSans-Bold.ttf"),
            font(ARABIC, 400, "NotoNaskhArabic-Regular.ttf"), font(ARABIC, 700, "NotoNaskhArabic-Bold.ttf"),
            font(ETHIOPIC, 400, "NotoSansEthiopic-Regular.ttf"), font(ETHIOPIC, 700, "NotoSansEthiopic-Bold.ttf"));

    private KitPdf() {
    }

    static byte[] render(String xhtml, boolean rightToLeft) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ArabicScriptShaper());
        builder.defaultTextDirection(rightToLeft ? TextDirection.RTL : TextDirection.LTR);
        for (EmbeddedFont font : FONTS) {
            builder.useFont(() -> new ByteArrayInputStream(font.data()), font.family(), font.weight(),
                    FontStyle.NORMAL, true);
        }
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static EmbeddedFont font(String family, int weight, String file) {
        try (InputStream in = KitPdf.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + file);
            }
            return new EmbeddedFont(family, weight, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
