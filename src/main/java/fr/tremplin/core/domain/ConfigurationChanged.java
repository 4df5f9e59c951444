package fr.tremplin.core.domain;

/**
 * Published after a change to branches, taxonomy or catalogue has been committed, so that every cache of
 * read-mostly data drops what it holds.
 */
public record ConfigurationChanged(String what) {
}
