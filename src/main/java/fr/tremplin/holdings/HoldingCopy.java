package fr.tremplin.holdings;

/** A copy as read from a MARC item field, before its library code is mapped to a branch. */
record HoldingCopy(String libraryCode, String location, String shelfMark, CopyStatus status) {
}
