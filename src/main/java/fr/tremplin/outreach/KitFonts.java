package fr.tremplin.outreach;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.CmapSubtable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The Noto fonts one kit PDF embeds (subsets). The Arabic ones are loaded into the document with a {@link GlyphCmap},
 * so that they draw the glyphs {@link ArabicScriptShaper} shaped; they stay open until the document is saved.
 */
final class KitFonts implements Closeable {

    static final String LATIN = "Noto Sans";
    static final String ARABIC = "Noto Naskh Arabic";
    static final String ETHIOPIC = "Noto Sans Ethiopic";
    static final String ARABIC_REGULAR = "NotoNaskhArabic-Regular.ttf";

    private record EmbeddedFont(String family, int weight, byte[] data) {
    }

    private static final List<EmbeddedFont> FONTS = List.of(
            font(LATIN, 400, "NotoSans-Regular.ttf"), font(LATIN, 700, "NotoSans-Bold.ttf"),
            font(ARABIC, 400, ARABIC_REGULAR), font(ARABIC, 700, "NotoNaskhArabic-Bold.ttf"),
            font(ETHIOPIC, 400, "NotoSansEthiopic-Regular.ttf"), font(ETHIOPIC, 700, "NotoSansEthiopic-Bold.ttf"));

    private final PDDocument document;
    private final List<TrueTypeFont> opened = new ArrayList<>();

    KitFonts(PDDocument document) {
        this.document = document;
    }

    void register(PdfRendererBuilder builder) {
        for (EmbeddedFont font : FONTS) {
            if (font.family().equals(ARABIC)) {
                builder.useFont(new ShapedFont(font.data()), font.family(), font.weight(), FontStyle.NORMAL, true);
            } else {
                builder.useFont(() -> new ByteArrayInputStream(font.data()), font.family(), font.weight(),
                        FontStyle.NORMAL, true);
            }
        }
    }

    /** An Arabic font whose cmap also maps the private-use characters of {@link ArabicGlyphs} to their glyphs. */
    private PDFont loadShaped(byte[] data) {
        try {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(data));
            opened.add(ttf);
            CmapLookup own = ttf.getUnicodeCmapLookup();
            ttf.getCmap().setCmaps(new CmapSubtable[] {new GlyphCmap(own, ArabicGlyphs.NASKH)});
            return PDType0Font.load(document, ttf, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        for (TrueTypeFont font : opened) {
            font.close();
        }
    }

    static byte[] bytes(String file) {
        try (InputStream in = KitFonts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EmbeddedFont font(String family, int weight, String file) {
        return new EmbeddedFont(family, weight, bytes(file));
    }

    /** Loads its font into the document only when a page asks for it, once. */
    private final class ShapedFont extends PDFontSupplier {

        private final byte[] data;
        private PDFont font;

        ShapedFont(byte[] data) {
            super(null);
            this.data = data;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                font = loadShaped(data);
            }
            return font;
        }
    }
}
