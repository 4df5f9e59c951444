package fr.tremplin.holdings.availability;

import fr.tremplin.holdings.CopyStatus;

/**
 * One copy as the library system tells it now. {@code libraryCode} is the library system's code of the copy's home
 * library, null when the answer does not give codes (ILS-DI gives a library's name only); {@code shelfMark} is the
 * call number, null when none.
 */
record LiveCopy(String itemId, String libraryCode, String shelfMark, CopyStatus status) {
}
