package fr.tremplin.holdings;

/** The names of the fields of the search index, and the facet dimension of each {@link SearchFacet}. */
final class SearchFields {

    /** "r:" and a resource code, or "h:" and a record id: what an update replaces. */
    static final String KEY = "key";
    static final String KIND = "kind";
    /** Titles, stemmed; resources also have one per language, {@code title_fr}... */
    static final String TITLE = "title";
    static final String BODY = "body";
    /** Every word of title and body, folded but not stemmed: for typos and "did you mean". */
    static final String WORDS = "words";
    /** Edge n-grams of the titles' words, for as-you-type. */
    static final String PREFIX = "prefix";
    /** Branches where a patron could reach it: enabled offers, copies neither lost nor withdrawn. */
    static final String BRANCH = "branch";
    /** Where it is available now: a branch code, or {@link #ANYWHERE}. */
    static final String AVAILABLE = "available";
    static final String ANYWHERE = "*";
    /** Need codes with their parents; {@link #OWN_NEED} without the parents. */
    static final String NEED = "need";
    static final String OWN_NEED = "own_need";
    static final String LEVEL = "level";
    static final String LEVEL_KNOWN = "level_known";
    static final String SORT_TITLE = "sort_title";

    private SearchFields() {
    }

    static String titleIn(String languageCode) {
        return TITLE + "_" + languageCode;
    }

    static String key(IndexedResource resource) {
        return "r:" + resource.code();
    }

    static String key(IndexedHolding holding) {
        return "h:" + holding.recordId();
    }

    static String resourceKey(String code) {
        return "r:" + code;
    }
}
