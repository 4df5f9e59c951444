package fr.tremplin.holdings;

import java.util.List;

/**
 * A bibliographic record as read from a MARC export, mapped to what Tremplin keeps. {@code deleted}: the export
 * marks it deleted (leader position 5 'd'), so it is retired.
 */
record HoldingRecord(String recordId, MarcFormat format, String title, List<String> authors, String publisher,
        Integer year, String isbn, String language, List<String> subjects, String classification, boolean deleted,
        List<HoldingCopy> copies) {

    HoldingRecord {
        authors = List.copyOf(authors);
        subjects = List.copyOf(subjects);
        copies = List.copyOf(copies);
    }
}
