package fr.tremplin.holdings;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Each need code with its parent's code (absent for a top-level need). */
record NeedTree(Map<String, String> parents) {

    static final NeedTree EMPTY = new NeedTree(Map.of());

    NeedTree {
        parents = Map.copyOf(parents);
    }

    String parentOf(String code) {
        return parents.get(code);
    }

    /** The codes and their parents: a record for a sub-need also serves its need. */
    Set<String> withParents(Set<String> codes) {
        Set<String> all = new LinkedHashSet<>(codes);
        for (String code : codes) {
            String parent = parents.get(code);
            if (parent != null) {
                all.add(parent);
            }
        }
        return all;
    }
}
