package fr.tremplin.outreach;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Noto Naskh Arabic's glyphs as characters openhtmltopdf can lay out and PDFBox can draw. A glyph travels as a
 * character the font maps to it (a letter, or its presentation form) or, for glyphs no character reaches (the joined
 * forms of Pashto letters, the halves of lam-alef), as the private-use character {@code U+E000 + glyph id}, which
 * {@link GlyphCmap} maps back. Regular and bold share glyph ids and cmap (a test keeps it so), so one alphabet serves
 * both.
 */
final class ArabicGlyphs {

    static final ArabicGlyphs NASKH = new ArabicGlyphs(KitFonts.bytes(KitFonts.ARABIC_REGULAR));

    private static final int PRIVATE_USE = 0xE000;
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, false, false);

    private final Font font;
    private final CmapLookup cmap;
    private final int glyphCount;
    /** The letter each private-use glyph was shaped from, as first seen: what the PDF's text layer says for it. */
    private final Map<Integer, Integer> letters = new ConcurrentHashMap<>();

    private ArabicGlyphs(byte[] ttf) {
        try (TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(ttf))) {
            this.cmap = parsed.getUnicodeCmapLookup();
            this.glyphCount = parsed.getNumberOfGlyphs();
            this.font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JDK's OpenType layout of a right-to-left run: glyphs in visual order, each with its character index. */
    GlyphVector layout(String text) {
        char[] chars = text.toCharArray();
        return font.layoutGlyphVector(CONTEXT, chars, 0, chars.length, Font.LAYOUT_RIGHT_TO_LEFT);
    }

    /** Whether the font draws this glyph: not the missing glyph, nor the JDK's invisible one (ZWNJ, ZWJ). */
    boolean draws(int glyph) {
        return glyph > 0 && glyph < glyphCount;
    }

    boolean lacks(int glyph) {
        return glyph == 0;
    }

    /**
     * The character that carries {@code glyph}, shaped from {@code letter}: the letter itself when the font maps it
     * there, else a character of the Arabic blocks that does (a presentation form), else the glyph's private-use
     * character.
     */
    int character(int glyph, int letter) {
        List<Integer> codes = cmap.getCharCodes(glyph);
        if (codes != null) {
            if (codes.contains(letter)) {
                return letter;
            }
            for (int code : codes) {
                if (code >= 0x0600 && code <= 0x08FF || code >= 0xFB50 && code <= 0xFEFF) {
                    return code;
                }
            }
        }
        letters.putIfAbsent(glyph, letter);
        return PRIVATE_USE + glyph;
    }

    /** The glyph a private-use character carries, or -1 for any other character. */
    int glyph(int character) {
        int glyph = character - PRIVATE_USE;
        return glyph > 0 && glyph < glyphCount ? glyph : -1;
    }

    /** The letter a private-use glyph stands for, or null when no text has been shaped to it. */
    Integer letter(int glyph) {
        return letters.get(glyph);
    }
}
