package fr.tremplin.holdings;

/** How many results one facet value would keep. */
public record FacetCount(String value, long count) {
}
