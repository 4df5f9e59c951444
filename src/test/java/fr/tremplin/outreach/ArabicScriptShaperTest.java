package fr.tremplin.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Arabic, Dari and Pashto runs come out as the glyphs the font's own OpenType shaping chooses, named as the font
 * names them, in logical order (openhtmltopdf reverses the run when it draws it).
 */
class ArabicScriptShaperTest {

    private static TrueTypeFont regular;
    private static TrueTypeFont bold;
    private final ArabicScriptShaper shaper = new ArabicScriptShaper();

    @BeforeAll
    static void openTheFonts() throws IOException {
        regular = new TTFParser().parse(new RandomAccessReadBuffer(KitFonts.bytes(KitFonts.ARABIC_REGULAR)));
        bold = new TTFParser().parse(new RandomAccessReadBuffer(KitFonts.bytes("NotoNaskhArabic-Bold.ttf")));
    }

    @AfterAll
    static void closeTheFonts() throws IOException {
        regular.close();
        bold.close();
    }

    @Test
    void joinsPashtoLettersThatHaveNoPresentationForms() throws IOException {
        // ټولنه: teh with ring has no presentation forms in Unicode, but the font has its initial form
        assertThat(glyphNames(shaper.shapeText("ټولنه")))
                .containsExactly("uni067C.init", "uniFEEE", "uniFEDF", "uniFEE8", "uniFEEA");
        // ښه and ډېر: sheen with dot below joins the heh after it; ddal stays alone, as it should
        assertThat(glyphNames(shaper.shapeText("ډېر ښه")))
                .containsExactly("uni0689", "uniFBE6", "uniFEAE", "uni0020", "uni069A.init", "uniFEEA");
    }

    @Test
    void joinsDariLettersAndKeepsPresentationFormsWhereUnicodeHasThem() {
        // پیدا: peh initial, Farsi yeh medial, dal final, alef alone (dal does not join forward)
        assertThat(shaper.shapeText("پیدا")).isEqualTo("\uFB58\uFBFF\uFEAA\u0627");
    }

    @Test
    void drawsLamAlefAsTheFontsRequiredLigatureAndDropsTheNonJoinerOnceItsWorkIsDone() throws IOException {
        assertThat(glyphNames(shaper.shapeText("لا"))).containsExactly("uniFEDF.rlig", "uniFE8E.rlig");
        // سه‌شنبه: heh ends before the zero-width non-joiner instead of joining sheen
        assertThat(glyphNames(shaper.shapeText("سه\u200Cشنبه")))
                .containsExactly("uniFEB3", "uniFEEA", "uniFEB7", "uniFEE8", "uniFE92", "uniFEEA");
    }

    @Test
    void leavesTextThatIsNotArabicScriptAlone() {
        assertThat(shaper.shapeText("14:00–18:00")).isEqualTo("14:00–18:00");
        assertThat(shaper.shapeText("(ب)")).startsWith("(").endsWith(")");
    }

    @Test
    void aShapedGlyphReadsBackAsTheLetterItWasShapedFrom() throws IOException {
        shaper.shapeText("ټولنه");
        int initialTehWithRing = regular.nameToGID("uni067C.init");
        GlyphCmap cmap = new GlyphCmap(regular.getUnicodeCmapLookup(), ArabicGlyphs.NASKH);

        assertThat(cmap.getCharCodes(initialTehWithRing)).containsExactly(0x067C);
        assertThat(cmap.getGlyphId(0xE000 + initialTehWithRing)).isEqualTo(initialTehWithRing);
        assertThat(cmap.getGlyphId('ټ')).isEqualTo(regular.nameToGID("uni067C"));
    }

    @Test
    void boldSharesTheRegularFontsGlyphIdsAndCmapSoOneShapingServesBoth() throws IOException {
        assertThat(bold.getNumberOfGlyphs()).isEqualTo(regular.getNumberOfGlyphs());
        for (int glyph = 0; glyph < regular.getNumberOfGlyphs(); glyph++) {
            assertThat(bold.getPostScript().getName(glyph)).isEqualTo(regular.getPostScript().getName(glyph));
        }
        CmapLookup regularCmap = regular.getUnicodeCmapLookup();
        CmapLookup boldCmap = bold.getUnicodeCmapLookup();
        for (int c = 0; c <= 0xFFFF; c++) {
            if (regularCmap.getGlyphId(c) != boldCmap.getGlyphId(c)) {
                assertThat(boldCmap.getGlyphId(c)).as("U+%04X", c).isEqualTo(regularCmap.getGlyphId(c));
            }
        }
    }

    /** The font's names of the glyphs a shaped string carries. */
    private static List<String> glyphNames(String shaped) throws IOException {
        GlyphCmap cmap = new GlyphCmap(regular.getUnicodeCmapLookup(), ArabicGlyphs.NASKH);
        List<String> names = new java.util.ArrayList<>();
        for (int c : shaped.codePoints().toArray()) {
            names.add(regular.getPostScript().getName(cmap.getGlyphId(c)));
        }
        return names;
    }
}
