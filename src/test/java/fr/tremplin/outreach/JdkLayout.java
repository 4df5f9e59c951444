package fr.tremplin.outreach;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The reference shaping for tests: the JDK's own OpenType layout of a right-to-left word in Noto Naskh Arabic. */
final class JdkLayout {

    private static final Font FONT = font();
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, false, false);
    private static final Set<Integer> NOMINAL = nominal();

    private JdkLayout() {
    }

    /** The visible glyph ids of {@code word}, left to right as printed. */
    static List<Integer> glyphs(String word) {
        char[] chars = word.toCharArray();
        GlyphVector vector = FONT.layoutGlyphVector(CONTEXT, chars, 0, chars.length, Font.LAYOUT_RIGHT_TO_LEFT);
        List<Integer> glyphs = new ArrayList<>();
        for (int i = 0; i < vector.getNumGlyphs(); i++) {
            int glyph = vector.getGlyphCode(i);
            if (glyph < 0xFFFE) { // the JDK's invisible glyph for a joiner or a non-joiner
                glyphs.add(glyph);
            }
        }
        return glyphs;
    }

    /** The glyphs the font's cmap gives the letters U+0621 to U+06FF: how a letter looks alone, unshaped. */
    static Set<Integer> nominalLetterGlyphs() {
        return NOMINAL;
    }

    private static Set<Integer> nominal() {
        Set<Integer> glyphs = new HashSet<>();
        for (char letter = '\u0621'; letter <= '\u06FF'; letter++) {
            if (Character.getType(letter) == Character.OTHER_LETTER) {
                glyphs.add(FONT.createGlyphVector(CONTEXT, new char[] {letter}).getGlyphCode(0));
            }
        }
        glyphs.remove(0);
        return Set.copyOf(glyphs);
    }

    private static Font font() {
        try {
            return Font.createFont(Font.TRUETYPE_FONT,
                    new ByteArrayInputStream(KitFonts.bytes(KitFonts.ARABIC_REGULAR)));
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
