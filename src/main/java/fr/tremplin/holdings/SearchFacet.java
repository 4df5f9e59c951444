package fr.tremplin.holdings;

import java.util.Locale;

/**
 * The facets of the catalogue search. Their values are stable codes, shown translated: a need code, a level
 * ({@code A1}), a two-letter language ({@code fr}), a kind ({@code digital} or {@code shelf}), a branch code, and
 * {@code now} for "available now". Screens give each facet value the id {@code facet-<name>-<value>}.
 */
public enum SearchFacet {
    NEED, LEVEL, LANGUAGE, KIND, BRANCH, AVAILABLE;

    public static final String DIGITAL = "digital";
    public static final String SHELF = "shelf";
    public static final String NOW = "now";

    /** The facet's name in ids and URLs: {@code need}, {@code level}... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
