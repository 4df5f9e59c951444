package fr.tremplin.outreach;

import java.text.Normalizer;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.CmapSubtable;

/**
 * An Arabic font's own Unicode cmap, plus the private-use characters of {@link ArabicGlyphs}. PDFBox encodes, measures
 * and subsets through it, and builds the PDF's ToUnicode map from it, so a shaped glyph reads back as its letter: the
 * letter it was shaped from, or the letter of the presentation form the font maps to it (copy-paste, search and
 * screen readers then see plain Arabic, Dari or Pashto rather than presentation forms).
 */
final class GlyphCmap extends CmapSubtable {

    private final CmapLookup own;
    private final ArabicGlyphs glyphs;

    GlyphCmap(CmapLookup own, ArabicGlyphs glyphs) {
        this.own = own;
        this.glyphs = glyphs;
        setPlatformId(0);
        setPlatformEncodingId(4);
    }

    @Override
    public int getGlyphId(int characterCode) {
        int glyph = glyphs.glyph(characterCode);
        return glyph >= 0 ? glyph : own.getGlyphId(characterCode);
    }

    @Override
    public List<Integer> getCharCodes(int glyph) {
        List<Integer> codes = own.getCharCodes(glyph);
        if (codes == null) {
            Integer letter = glyphs.letter(glyph);
            return letter == null ? null : List.of(letter);
        }
        if (codes.stream().allMatch(GlyphCmap::presentationForm)) {
            // PDFBox writes one code point a glyph, so a ligature of two letters keeps its presentation form
            String letter = Normalizer.normalize(Character.toString(codes.get(0)), Normalizer.Form.NFKC);
            if (letter.codePointCount(0, letter.length()) == 1) {
                return List.of(letter.codePointAt(0));
            }
        }
        return codes;
    }

    private static boolean presentationForm(int code) {
        return code >= 0xFB50 && code <= 0xFDFF || code >= 0xFE70 && code <= 0xFEFF;
    }
}
