package fr.tremplin.report;

import java.util.List;

/**
 * One table of the report as counted, before anything is hidden: rows of labelled counts under column headings.
 *
 * @param id a stable id (component ids, CSV section names): {@code sessions-by-month}, {@code resources}…
 * @param titleKey staff bundle key of the table's title
 * @param columnKeys staff bundle keys of the count columns, in order
 * @param sensitive per column: whether it counts patron sessions or events (then small counts are hidden);
 *     licences bought or a cost are not
 * @param rows the rows, in the order shown
 * @param withTotal whether a total row is shown (then the hiding must not let a hidden cell be computed from it)
 * @param decimals per column: the values are in units of 10^-decimals (2 for an amount in cents), shown with a
 *     decimal comma
 * @param derivedFrom per column: the column its value is computed from (a cost per use from the uses), hidden
 *     whenever that one is; -1 for none
 */
public record FigureTable(String id, String titleKey, List<String> columnKeys, List<Boolean> sensitive,
        List<FigureRow> rows, boolean withTotal, List<Integer> decimals, List<Integer> derivedFrom) {

    public FigureTable {
        columnKeys = List.copyOf(columnKeys);
        sensitive = List.copyOf(sensitive);
        rows = List.copyOf(rows);
        decimals = List.copyOf(decimals);
        derivedFrom = List.copyOf(derivedFrom);
        if (sensitive.size() != columnKeys.size() || decimals.size() != columnKeys.size()
                || derivedFrom.size() != columnKeys.size()) {
            throw new IllegalArgumentException("One sensitivity, scale and source per column");
        }
        if (withTotal && derivedFrom.stream().anyMatch(c -> c >= 0)) {
            throw new IllegalArgumentException("A computed column has no total");
        }
    }

    /** A table of whole counts, none computed from another. */
    public FigureTable(String id, String titleKey, List<String> columnKeys, List<Boolean> sensitive,
            List<FigureRow> rows, boolean withTotal) {
        this(id, titleKey, columnKeys, sensitive, rows, withTotal,
                java.util.Collections.nCopies(columnKeys.size(), 0),
                java.util.Collections.nCopies(columnKeys.size(), -1));
    }

    /** A row: its label as shown (already translated or a code) and one value per column (null: no value). */
    public record FigureRow(String label, List<Long> values) {

        public FigureRow {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }
}
