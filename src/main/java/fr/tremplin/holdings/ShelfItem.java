package fr.tremplin.holdings;

import java.util.List;

/**
 * A record "also on the shelves here" for a patron: its title and authors and the copies in the kiosk's branch.
 * Screens give it the id {@code shelf-item-<recordId>}.
 */
public record ShelfItem(String recordId, String title, String authors, Integer year, List<ShelfCopy> copies) {

    public ShelfItem {
        copies = List.copyOf(copies);
    }

    public boolean availableNow() {
        return copies.stream().anyMatch(copy -> copy.status().onTheShelf());
    }
}
