package fr.tremplin.report;

import java.util.List;

/**
 * A table as it may be shown or exported: every count of patron data from 1 to 4 hidden ("< 5"), and more cells
 * hidden where a total would otherwise give a hidden one away (secondary suppression).
 *
 * @param total the total row, or null when the table has none
 */
public record ShownTable(String id, String titleKey, List<String> columnKeys, List<ShownRow> rows, ShownRow total) {

    public ShownTable {
        columnKeys = List.copyOf(columnKeys);
        rows = List.copyOf(rows);
    }

    /** A row as shown. */
    public record ShownRow(String label, List<Cell> cells) {

        public ShownRow {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One value as shown.
     *
     * @param value the count, or null when there is none (an empty cell)
     * @param hidden true when the value must not be shown: the text is then "< 5" for a small count (primary) or
     *     "×" for a cell hidden to protect another (secondary)
     * @param secondary whether it was hidden to protect another cell
     * @param decimals the value is in units of 10^-decimals (2: cents), shown with a French decimal comma
     */
    public record Cell(Long value, boolean hidden, boolean secondary, int decimals) {

        public Cell(Long value, boolean hidden, boolean secondary) {
            this(value, hidden, secondary, 0);
        }

        public static final String SMALL = "< 5";
        public static final String PROTECTING = "×";

        /** The text of the cell: never the value of a hidden cell. */
        public String text() {
            if (hidden) {
                return secondary ? PROTECTING : SMALL;
            }
            if (value == null) {
                return "";
            }
            return decimals == 0 ? String.valueOf(value)
                    : java.math.BigDecimal.valueOf(value, decimals).toPlainString().replace('.', ',');
        }
    }
}
