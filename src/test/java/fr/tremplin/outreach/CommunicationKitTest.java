package fr.tremplin.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.tremplin.catalogue.CatalogueService;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.support.StaffFixtures;
import fr.tremplin.support.TremplinTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Every kit item in French, Arabic, Tigrinya and French-Arabic, read back from the PDF. */
@TremplinTest
class CommunicationKitTest {

    private static final String BRANCH = "luneville";
    private static final Path OUT = Path.of("target/kit-pdfs");

    @Autowired
    CommunicationKit kit;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    DSLContext dsl;

    StaffFixtures fixtures;

    @BeforeEach
    void signInABranchAdmin() {
        fixtures = new StaffFixtures(dsl);
        StaffFixtures.signIn(fixtures.create("kit", StaffRole.BRANCH_ADMIN, BRANCH));
    }

    @AfterEach
    void cleanUp() {
        StaffFixtures.signOut();
        fixtures.cleanUp();
    }

    static Stream<Arguments> pieces() {
        return Stream.concat(Stream.of(KitItem.values()).flatMap(item -> Stream.of(
                Arguments.of(item, Language.FR, false), Arguments.of(item, Language.AR, false),
                Arguments.of(item, Language.TI, false), Arguments.of(item, Language.AR, true))),
                Stream.of(Arguments.of(KitItem.POSTER_A4, Language.PS, false),
                        Arguments.of(KitItem.POSTER_A4, Language.PRS, true)));
    }

    @ParameterizedTest(name = "{0} {1} bilingual={2}")
    @MethodSource("pieces")
    void printsTheBranchItsNeedsAndTheirLinksOnTheRightPaper(KitItem item, Language language, boolean bilingual)
            throws IOException {
        KitDocument document = kit.make(new KitRequest(BRANCH, item, language, bilingual, List.of()));
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(document.fileName()), document.pdf());
        KitPdfReader pdf = KitPdfReader.read(document.pdf());

        assertThat(document.fileName()).isEqualTo("tremplin-luneville-" + item.fileWord() + "-" + language.code()
                + (bilingual ? "-fr" : "") + ".pdf");
        PDRectangle paper = switch (item) {
            case POSTER_A3 -> new PDRectangle(842, 1191);
            case FLYER_A5 -> new PDRectangle(420, 595);
            default -> new PDRectangle(595, 842);
        };
        assertThat(pdf.pages()).allSatisfy(page -> {
            assertThat(page.getWidth()).isCloseTo(paper.getWidth(), within(1f));
            assertThat(page.getHeight()).isCloseTo(paper.getHeight(), within(1f));
        });
        int needs = catalogue.offeredNeeds(BRANCH, language).size();
        assertThat(pdf.pages()).as("a poster or flyer is one sheet; bookmarks are one a need, four a sheet")
                .hasSize(item == KitItem.BOOKMARKS ? Math.max(1, (needs + 3) / 4) : 1);
        String text = pdf.compactText();
        assertThat(text).contains("MédiathèquedeLunéville");
        assertThat(text).contains("https://tremplin.test/kiosk/luneville?lang=" + language.code());
        for (Language each : bilingual ? List.of(language, Language.FR) : List.of(language)) {
            String needLabel = catalogue.offeredNeeds(BRANCH, each).get(0).label();
            assertThat(text).as("a need label in " + each).contains(needLabel.replaceAll("\\s+", ""));
        }
    }

    static Stream<Arguments> arabicScriptPieces() {
        return Stream.concat(Stream.of(KitItem.values()).map(item -> Arguments.of(item, Language.AR)),
                Stream.of(Language.PS, Language.PRS).flatMap(language -> Stream.of(
                        Arguments.of(KitItem.POSTER_A4, language), Arguments.of(KitItem.BOOKMARKS, language))));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("arabicScriptPieces")
    void arabicScriptIsDrawnInTheGlyphsTheFontsOwnShapingGivesAndReadsBackAsTyped(KitItem item, Language language) {
        KitPdfReader pdf = KitPdfReader.read(kit.make(new KitRequest(BRANCH, item, language, false, List.of())).pdf());
        List<String> texts = Stream.concat(Stream.of("kit.title", "kit.scan", "kit.free", "kit.help", "kit.hours")
                .map(key -> KitContent.text(language, key)), catalogue.offeredNeeds(BRANCH, language).stream()
                .map(need -> need.label())).toList();

        String drawn = glyphs(pdf.arabicGlyphIds());
        for (String text : texts) {
            for (String word : text.split("\\s+")) {
                // Each word glyph for glyph as the JDK's OpenType layout (HarfBuzz) draws it in the same font
                assertThat(drawn).as("%s drawn shaped", word).contains(glyphs(JdkLayout.glyphs(word)));
            }
            assertThat(pdf.compactText()).as("text read back").contains(text.replaceAll("[\\s\u200C]+", ""));
        }
        assertThat(pdf.drawnGlyphs()).as("each glyph reads back as a letter, not a presentation form")
                .doesNotContainPattern("[\\uE000-\\uF8FF\\uFB50-\\uFDFF\\uFE70-\\uFEFF]");
        // Shaped text is mostly joining forms; letters drawn alone, in their nominal glyphs, are the few exceptions
        long nominal = pdf.arabicGlyphIds().stream().filter(JdkLayout.nominalLetterGlyphs()::contains).count();
        assertThat(pdf.arabicGlyphIds().size() - nominal).as("glyphs in joining forms").isGreaterThan(2 * nominal);
        assertThat(pdf.embeddedFonts()).anySatisfy(f -> assertThat(f).contains("NotoNaskhArabic"));
    }

    /** Glyph ids as a string of code units, to look for one sequence in another. */
    private static String glyphs(List<Integer> ids) {
        StringBuilder out = new StringBuilder();
        ids.forEach(id -> out.append((char) id.intValue()));
        return out.toString();
    }

    @Test
    void tigrinyaIsDrawnInEthiopicScriptWithItsFont() {
        for (KitItem item : KitItem.values()) {
            KitPdfReader pdf = KitPdfReader.read(kit.make(new KitRequest(BRANCH, item, Language.TI, false,
                    List.of())).pdf());
            assertThat(pdf.text().codePoints().filter(c -> c >= 0x1200 && c <= 0x137F).count())
                    .as(item + ": Ethiopic characters").isGreaterThan(50);
            assertThat(pdf.embeddedFonts()).anySatisfy(f -> assertThat(f).contains("NotoSansEthiopic"));
        }
    }

    @Test
    void featuresOnlyTheNeedsTheAdminPicks() {
        var needs = catalogue.offeredNeeds(BRANCH, Language.FR);
        String picked = needs.get(1).code();
        KitPdfReader pdf = KitPdfReader.read(kit.make(new KitRequest(BRANCH, KitItem.POSTER_A4, Language.FR, false,
                List.of(picked))).pdf());

        assertThat(pdf.compactText()).contains(needs.get(1).label().replaceAll("\\s+", ""))
                .doesNotContain(needs.get(0).label().replaceAll("\\s+", ""));
    }

    @Test
    void aLibrarianGetsNoKit() {
        StaffFixtures.signIn(fixtures.create("kitlib", StaffRole.LIBRARIAN, BRANCH));

        assertThatThrownBy(() -> kit.make(new KitRequest(BRANCH, KitItem.POSTER_A4, Language.FR, false, List.of())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
