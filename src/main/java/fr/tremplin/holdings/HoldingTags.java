package fr.tremplin.holdings;

import fr.tremplin.core.domain.LanguageLevel;
import java.util.Set;

/** The needs a record serves and the levels it suits (null when no rule or person said). */
public record HoldingTags(Set<String> needs, LanguageLevel levelMin, LanguageLevel levelMax) {

    public static final HoldingTags NONE = new HoldingTags(Set.of(), null, null);

    public HoldingTags {
        needs = Set.copyOf(needs);
        if ((levelMin == null) != (levelMax == null)) {
            throw new IllegalArgumentException("a level range needs both ends");
        }
        if (levelMin != null && levelMin.compareTo(levelMax) > 0) {
            throw new IllegalArgumentException("the lowest level " + levelMin + " is above the highest " + levelMax);
        }
    }
}
