package fr.tremplin.core.domain;

/**
 * Published after a change to branches, taxonomy or catalogue has been committed, so that every cache of
 * read-mostly data drops what it holds. A change made on another node arrives as one too ({@code fromAnotherNode}),
 * within a poll of the live signals, so every node's caches agree within seconds.
 */
public record ConfigurationChanged(String what, boolean fromAnotherNode) {

    public ConfigurationChanged(String what) {
        this(what, false);
    }
}
