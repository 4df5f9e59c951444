package fr.tremplin.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Dari and Pashto letters join as Arabic ones do; ICU's own shaping leaves them isolated. */
class ArabicScriptShaperTest {

    private final ArabicScriptShaper shaper = new ArabicScriptShaper();

    @Test
    void joinsPersianLettersThatIcuLeavesAlone() {
        // پیدا: peh initial, Farsi yeh medial, dal final, alef isolated (dal does not join forward)
        assertThat(shaper.shapeText("پیدا")).isEqualTo("\uFB58\uFBFF\uFEAA\uFE8D");
    }

    @Test
    void makesTheLamAlefLigatureAndDropsTheNonJoinerOnceItsWorkIsDone() {
        assertThat(shaper.shapeText("لا")).isEqualTo("\uFEFB");
        // می‌ت: meem initial, yeh final before the zero-width non-joiner, then teh alone
        assertThat(shaper.shapeText("می\u200Cت")).isEqualTo("\uFEE3\uFBFD\uFE95");
    }

    @Test
    void aPashtoLetterWithoutPresentationFormsStandsAloneAndItsNeighboursEndCleanly() {
        // ټر: teh with ring has no presentation forms; reh after it stays isolated instead of reaching for it
        assertThat(shaper.shapeText("وټر")).isEqualTo("\uFEED\u067C\uFEAD");
        assertThat(shaper.deshapeText(shaper.shapeText("پیدا"))).isEqualTo("پیدا");
    }
}
