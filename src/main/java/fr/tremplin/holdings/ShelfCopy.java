package fr.tremplin.holdings;

/**
 * A copy of a record on a shelf: where it is and whether it can be borrowed. {@code branchCode} is null when the
 * library system's code maps to no branch yet.
 */
public record ShelfCopy(String libraryCode, String branchCode, String location, String shelfMark, CopyStatus status) {
}
