package fr.tremplin.outreach;

import com.ibm.icu.lang.UScript;
import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import java.awt.font.GlyphVector;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Shapes Arabic, Dari and Pashto for openhtmltopdf, whose PDFBox output does no OpenType shaping. Each right-to-left
 * run is laid out by the JDK (HarfBuzz: the font's own joining forms and ligatures, for every letter, Pashto's too)
 * and comes back as the characters of {@link ArabicGlyphs} that carry the shaped glyphs, in logical order, for
 * openhtmltopdf to break into lines and reverse as it does any run. What is not Arabic script (spaces, punctuation)
 * keeps its characters, so that line breaking and mirroring still see them.
 */
final class ArabicScriptShaper extends ICUBidiReorderer {

    private static final char ZWNJ = '\u200C';
    private static final char ZWJ = '\u200D';

    private final ArabicGlyphs glyphs;

    ArabicScriptShaper() {
        this(ArabicGlyphs.NASKH);
    }

    ArabicScriptShaper(ArabicGlyphs glyphs) {
        this.glyphs = glyphs;
    }

    @Override
    public String shapeText(String text) {
        if (text.codePoints().noneMatch(ArabicScriptShaper::arabic)) {
            return text;
        }
        GlyphVector vector = glyphs.layout(text);
        // Glyphs by the index of their cluster's first character; a right-to-left layout lists them last first.
        Map<Integer, List<Integer>> clusters = new TreeMap<>();
        for (int i = vector.getNumGlyphs() - 1; i >= 0; i--) {
            clusters.computeIfAbsent(vector.getGlyphCharIndex(i), k -> new ArrayList<>()).add(vector.getGlyphCode(i));
        }
        List<Integer> starts = new ArrayList<>(clusters.keySet());
        StringBuilder out = new StringBuilder(text.length());
        keep(out, text.substring(0, starts.isEmpty() ? text.length() : starts.get(0)));
        for (int i = 0; i < starts.size(); i++) {
            String source = text.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : text.length());
            List<Integer> drawn = clusters.get(starts.get(i));
            if (source.codePoints().anyMatch(ArabicScriptShaper::arabic) && drawn.stream().noneMatch(glyphs::lacks)) {
                append(out, source, drawn);
            } else {
                keep(out, source);
            }
        }
        return out.toString();
    }

    /** Shaped glyphs, each as the character that carries it; the JDK's invisible glyphs (ZWNJ, ZWJ) are dropped. */
    private void append(StringBuilder out, String source, List<Integer> drawn) {
        int[] letters = source.codePoints().toArray();
        List<Integer> visible = drawn.stream().filter(glyphs::draws).toList();
        for (int i = 0; i < visible.size(); i++) {
            // One glyph a letter is the rule; a ligature or a decomposition reads back as the cluster's first letter.
            int letter = visible.size() == letters.length ? letters[i] : letters[0];
            out.appendCodePoint(glyphs.character(visible.get(i), letter));
        }
    }

    /** Unshaped text, without the joiners whose work shaping has done: fonts would draw them as bars. */
    private static void keep(StringBuilder out, String source) {
        source.chars().filter(c -> c != ZWNJ && c != ZWJ).forEach(c -> out.append((char) c));
    }

    @Override
    public String deshapeText(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    private static boolean arabic(int codePoint) {
        return UScript.getScript(codePoint) == UScript.ARABIC;
    }
}
