package fr.tremplin.holdings;

import fr.tremplin.core.domain.LanguageLevel;
import java.util.List;
import java.util.Set;

/**
 * A record of the shelves as the index sees it: its own need codes, its copies (with the branch each library code
 * maps to, if any), and whether it is retired (then the index drops it).
 */
record IndexedHolding(String recordId, String title, String authors, String publisher, Integer year, String isbn,
        String language, String subjects, String classification, LanguageLevel levelMin, LanguageLevel levelMax,
        Set<String> needCodes, List<ShelfCopy> copies, boolean retired) {

    IndexedHolding {
        needCodes = Set.copyOf(needCodes);
        copies = List.copyOf(copies);
    }

    /** The copies a patron of the branch could find (every copy when the branch is null). */
    List<ShelfCopy> copiesIn(String branchCode) {
        if (branchCode == null) {
            return copies;
        }
        return copies.stream().filter(copy -> branchCode.equals(copy.branchCode()) && reachable(copy)).toList();
    }

    static boolean reachable(ShelfCopy copy) {
        return copy.status() != CopyStatus.LOST && copy.status() != CopyStatus.WITHDRAWN;
    }
}
