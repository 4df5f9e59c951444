package fr.tremplin.holdings;

import fr.tremplin.core.domain.LanguageLevel;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One linking rule of kiosk-config's holdings.yml: the records it catches (by classification range, by words of
 * their subjects or title, or by record id) serve these needs, at these levels when given. A record caught by no
 * rule serves no need and shows only in searches.
 *
 * @param classification ranges such as "448.2-448.3" (both ends included, the upper one with everything under it:
 *                       448.34 is inside) or a single class "440" (everything under it)
 * @param words          phrases matched in subjects and title, ignoring case and accents
 */
public record HoldingRule(Set<String> needs, LanguageLevel levelMin, LanguageLevel levelMax,
        List<String> classification, List<String> words, Set<String> recordIds) {

    public HoldingRule {
        needs = Set.copyOf(needs);
        classification = List.copyOf(classification);
        words = words.stream().map(HoldingRule::fold).toList();
        recordIds = Set.copyOf(recordIds);
    }

    boolean catches(String recordId, String classMark, String foldedText) {
        if (recordIds.contains(recordId)) {
            return true;
        }
        if (classMark != null && classification.stream().anyMatch(range -> inRange(classMark.strip(), range))) {
            return true;
        }
        return words.stream().anyMatch(word -> containsWord(foldedText, word));
    }

    static boolean inRange(String classMark, String range) {
        int dash = range.indexOf('-', 1);
        String from = dash < 0 ? range : range.substring(0, dash).strip();
        String to = dash < 0 ? range : range.substring(dash + 1).strip();
        return classMark.compareTo(from) >= 0 && (classMark.compareTo(to) <= 0 || classMark.startsWith(to));
    }

    private static boolean containsWord(String text, String word) {
        int at = text.indexOf(word);
        while (at >= 0) {
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + word.length();
            boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
            at = text.indexOf(word, at + 1);
        }
        return false;
    }

    /** Lower case without accents: "Français langue étrangère" → "francais langue etrangere". */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
