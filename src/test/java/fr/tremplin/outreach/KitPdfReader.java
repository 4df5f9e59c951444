package fr.tremplin.outreach;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a test reads back from a kit PDF: page sizes, extracted text, the glyphs as drawn (their Unicode, and the glyph
 * ids drawn in the Arabic font, in drawing order), the fonts embedded.
 */
public record KitPdfReader(List<PDRectangle> pages, String text, String drawnGlyphs, List<Integer> arabicGlyphIds,
        List<String> embeddedFonts) {

    public static KitPdfReader read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDRectangle> pages = new ArrayList<>();
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                pages.add(page.getMediaBox());
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (font.isEmbedded()) {
                        fonts.add(font.getName());
                    }
                }
            }
            StringBuilder glyphs = new StringBuilder();
            List<Integer> arabicGlyphIds = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition position) {
                    // The Unicode the PDF's text layer gives each glyph, in drawing order, before the extractor
                    // reorders right-to-left lines or normalises presentation forms.
                    glyphs.append(position.getUnicode());
                    if (position.getFont().getName().contains("NotoNaskhArabic")) {
                        // Identity-H: the code is the glyph id in the whole font (the subset keeps a CIDToGIDMap).
                        for (int code : position.getCharacterCodes()) {
                            arabicGlyphIds.add(code);
                        }
                    }
                    super.processTextPosition(position);
                }
            };
            String text = stripper.getText(document);
            return new KitPdfReader(pages, text, glyphs.toString(), arabicGlyphIds, fonts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text with all white space removed, so words wrapped on two lines still match. */
    public String compactText() {
        return text.replaceAll("\\s+", "");
    }
}
