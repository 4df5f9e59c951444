package fr.tremplin.holdings;

import java.util.List;

/**
 * One result: a digital resource ({@code kind} {@link SearchFacet#DIGITAL}, {@code id} its resource code) or a
 * record of the shelves ({@link SearchFacet#SHELF}, {@code id} the library system's record id). Screens give it the
 * id {@code search-result-<id>}.
 *
 * @param byline authors and publisher of a record, publisher of a resource
 * @param copies the record's copies in the branch searched from (every branch on staff screens); empty for resources
 */
public record SearchHit(String kind, String id, String title, String byline, String summary, Integer year,
        List<ShelfCopy> copies) {

    public SearchHit {
        copies = List.copyOf(copies);
    }

    public boolean digital() {
        return SearchFacet.DIGITAL.equals(kind);
    }
}
