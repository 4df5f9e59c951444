package fr.tremplin.outreach;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacter.DecompositionType;
import com.ibm.icu.lang.UCharacter.JoiningType;
import com.ibm.icu.lang.UProperty;
import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Joins Arabic-script letters into their presentation forms, for Dari and Pashto as well as Arabic. ICU's
 * {@code ArabicShaping}, which openhtmltopdf uses, only knows the letters of Arabic itself: it leaves پ چ ژ ک گ ی
 * unjoined, which breaks most Dari words. The forms and joining types come from Unicode's own data (via ICU), so
 * every letter that has presentation forms joins; the few Pashto letters that have none (ټ ډ ړ ږ ښ ګ ڼ…) are drawn
 * alone, and their neighbours end cleanly beside them instead of reaching for a join that never comes.
 */
final class ArabicScriptShaper extends ICUBidiReorderer {

    private static final char ZWNJ = '\u200C';
    private static final char ZWJ = '\u200D';
    private static final int ISOLATED = 0;
    private static final int FINAL = 1;
    private static final int INITIAL = 2;
    private static final int MEDIAL = 3;
    private static final Map<Character, char[]> FORMS = forms();
    private static final Map<Character, char[]> LAM_ALEF = Map.of('\u0622', new char[] {'\uFEF5', '\uFEF6'},
            '\u0623', new char[] {'\uFEF7', '\uFEF8'}, '\u0625', new char[] {'\uFEF9', '\uFEFA'},
            '\u0627', new char[] {'\uFEFB', '\uFEFC'});

    @Override
    public String shapeText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char[] forms = FORMS.get(c);
            if (c == ZWNJ || c == ZWJ) {
                continue; // their work is done once the letters around them are shaped; fonts draw them as bars
            }
            if (forms == null) {
                out.append(c);
                continue;
            }
            boolean joinsBefore = joinsForward(before(text, i)) && forms[FINAL] != 0;
            int next = after(text, i);
            if (c == '\u0644' && next >= 0 && LAM_ALEF.containsKey(text.charAt(next))) {
                out.append(text, i + 1, next).append(LAM_ALEF.get(text.charAt(next))[joinsBefore ? 1 : 0]);
                i = next;
                continue;
            }
            boolean joinsAfter = forms[INITIAL] != 0 && next >= 0 && joinsBackward(text.charAt(next));
            int form = joinsBefore ? (joinsAfter ? MEDIAL : FINAL) : (joinsAfter ? INITIAL : ISOLATED);
            out.append(forms[form] != 0 ? forms[form] : c);
        }
        return out.toString();
    }

    @Override
    public String deshapeText(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /** Whether a letter (or tatweel) before another can join it: a dual-joining letter that has the forms. */
    private static boolean joinsForward(int c) {
        if (c < 0) {
            return false;
        }
        int type = UCharacter.getIntPropertyValue(c, UProperty.JOINING_TYPE);
        char[] forms = FORMS.get((char) c);
        return type == JoiningType.JOIN_CAUSING
                || type == JoiningType.DUAL_JOINING && forms != null && forms[INITIAL] != 0;
    }

    private static boolean joinsBackward(char c) {
        int type = UCharacter.getIntPropertyValue(c, UProperty.JOINING_TYPE);
        char[] forms = FORMS.get(c);
        return type == JoiningType.JOIN_CAUSING || forms != null && forms[FINAL] != 0
                && (type == JoiningType.DUAL_JOINING || type == JoiningType.RIGHT_JOINING);
    }

    /** The nearest character before {@code i} that is not a mark, or -1. */
    private static int before(String text, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!transparent(text.charAt(j))) {
                return text.charAt(j);
            }
        }
        return -1;
    }

    /** The index of the nearest character after {@code i} that is not a mark, or -1. */
    private static int after(String text, int i) {
        for (int j = i + 1; j < text.length(); j++) {
            if (!transparent(text.charAt(j))) {
                return j;
            }
        }
        return -1;
    }

    private static boolean transparent(char c) {
        return UCharacter.getIntPropertyValue(c, UProperty.JOINING_TYPE) == JoiningType.TRANSPARENT;
    }

    /** Letter to its isolated, final, initial and medial forms (0 where Unicode has none), from the Unicode data. */
    private static Map<Character, char[]> forms() {
        Map<Character, char[]> forms = new HashMap<>();
        for (char c = '\uFB50'; c <= '\uFEFC'; c++) {
            int slot = switch (UCharacter.getIntPropertyValue(c, UProperty.DECOMPOSITION_TYPE)) {
                case DecompositionType.ISOLATED -> ISOLATED;
                case DecompositionType.FINAL -> FINAL;
                case DecompositionType.INITIAL -> INITIAL;
                case DecompositionType.MEDIAL -> MEDIAL;
                default -> -1;
            };
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            if (slot >= 0 && base.length() == 1 && base.charAt(0) >= '\u0620' && base.charAt(0) <= '\u06FF') {
                forms.computeIfAbsent(base.charAt(0), k -> new char[4])[slot] = c;
            }
        }
        return forms;
    }
}
