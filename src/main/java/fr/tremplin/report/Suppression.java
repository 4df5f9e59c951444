package fr.tremplin.report;

import fr.tremplin.report.FigureTable.FigureRow;
import fr.tremplin.report.ShownTable.Cell;
import fr.tremplin.report.ShownTable.ShownRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Hides the counts of a report table that could single out a few patrons (statistical disclosure control).
 *
 * <p>The rule, in plain words:
 * <ul>
 * <li>Primary: in a sensitive column (sessions, events), every count from 1 to 4 is shown as "&lt; 5". Zero and
 *     empty cells stay shown: they reveal nobody. Non-sensitive columns (licences, costs) are never hidden.</li>
 * <li>Totals: the total row holds the sum of each column. A sensitive total from 1 to 4 is hidden like any small
 *     count; every non-zero cell above it is then smaller, so already hidden.</li>
 * <li>Secondary: a line is a set of cells that add up to a shown whole: a sensitive column and its total, and, when
 *     the table has a sensitive column keyed {@code *.total} and at least one other sensitive column, each row
 *     (the total row included) across its sensitive columns to its {@code .total} cell. A line must never hold
 *     exactly one hidden cell, or the whole minus the shown cells would give it away. When it does, the smallest
 *     other non-zero shown cell of the line is hidden too ("×"), or its whole if no such cell is left. This is
 *     repeated until no line changes, since a cell hidden for one line may leave another with a single one.</li>
 * </ul>
 * Zeros are never hidden and never count as protecting a cell. Without a total row or a {@code .total} column the
 * cells are independent and only the primary rule applies.
 */
public final class Suppression {

    private static final long SMALLEST_SHOWN = 5;
    private static final String ROW_TOTAL_SUFFIX = ".total";

    private Suppression() {
    }

    /** The table as it may be shown: same values, with the cells to hide marked. */
    public static ShownTable apply(FigureTable table) {
        Grid grid = new Grid(table);
        List<Line> lines = lines(table, grid.values.length);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Line line : lines) {
                changed |= grid.protect(line);
            }
        }
        return grid.shown(table);
    }

    private record Pos(int row, int col) {
    }

    /** Cells that add up to a whole. */
    private record Line(List<Pos> parts, Pos whole) {
    }

    private static List<Line> lines(FigureTable table, int rowCount) {
        List<Boolean> sensitive = table.sensitive();
        int dataRows = table.rows().size();
        List<Line> lines = new ArrayList<>();
        if (table.withTotal()) {
            for (int col = 0; col < sensitive.size(); col++) {
                if (sensitive.get(col)) {
                    List<Pos> parts = new ArrayList<>();
                    for (int row = 0; row < dataRows; row++) {
                        parts.add(new Pos(row, col));
                    }
                    lines.add(new Line(parts, new Pos(dataRows, col)));
                }
            }
        }
        int totalCol = rowTotalColumn(table);
        if (totalCol >= 0) {
            for (int row = 0; row < rowCount; row++) {
                List<Pos> parts = new ArrayList<>();
                for (int col = 0; col < sensitive.size(); col++) {
                    if (sensitive.get(col) && col != totalCol) {
                        parts.add(new Pos(row, col));
                    }
                }
                lines.add(new Line(parts, new Pos(row, totalCol)));
            }
        }
        return lines;
    }

    /** The sensitive {@code .total} column the other sensitive columns add up to, or -1 when rows are independent. */
    private static int rowTotalColumn(FigureTable table) {
        long sensitiveCount = table.sensitive().stream().filter(Boolean::booleanValue).count();
        for (int col = 0; col < table.columnKeys().size(); col++) {
            if (table.columnKeys().get(col).endsWith(ROW_TOTAL_SUFFIX) && table.sensitive().get(col)
                    && sensitiveCount >= 2) {
                return col;
            }
        }
        return -1;
    }

    /** The values (total row last, when there is one) and what is hidden so far. */
    private static final class Grid {

        final Long[][] values;
        final boolean[][] hidden;
        final boolean[][] secondary;

        Grid(FigureTable table) {
            int rows = table.rows().size();
            int cols = table.columnKeys().size();
            values = new Long[rows + (table.withTotal() ? 1 : 0)][cols];
            hidden = new boolean[values.length][cols];
            secondary = new boolean[values.length][cols];
            for (int row = 0; row < rows; row++) {
                values[row] = table.rows().get(row).values().toArray(Long[]::new);
            }
            if (table.withTotal()) {
                for (int col = 0; col < cols; col++) {
                    Long sum = null;
                    for (int row = 0; row < rows; row++) {
                        if (values[row][col] != null) {
                            sum = (sum == null ? 0L : sum) + values[row][col];
                        }
                    }
                    values[rows][col] = sum;
                }
            }
            for (int col = 0; col < cols; col++) {
                for (int row = 0; row < values.length; row++) {
                    hidden[row][col] = table.sensitive().get(col) && isSmall(values[row][col]);
                }
            }
        }

        /** Hides one more cell when the line holds exactly one hidden cell; true when it did. */
        boolean protect(Line line) {
            if (value(line.whole()) == 0) {
                return false;
            }
            long hiddenCount = line.parts().stream().filter(this::isHidden).count() + (isHidden(line.whole()) ? 1 : 0);
            if (hiddenCount != 1) {
                return false;
            }
            Pos chosen = null;
            for (Pos part : line.parts()) {
                if (!isHidden(part) && value(part) > 0 && (chosen == null || value(part) < value(chosen))) {
                    chosen = part;
                }
            }
            if (chosen == null) {
                chosen = isHidden(line.whole()) ? null : line.whole();
            }
            if (chosen == null) {
                return false;
            }
            hidden[chosen.row()][chosen.col()] = true;
            secondary[chosen.row()][chosen.col()] = true;
            return true;
        }

        ShownTable shown(FigureTable table) {
            List<ShownRow> rows = new ArrayList<>();
            for (int row = 0; row < table.rows().size(); row++) {
                FigureRow figure = table.rows().get(row);
                rows.add(new ShownRow(figure.label(), cells(row)));
            }
            ShownRow total = table.withTotal() ? new ShownRow("", cells(values.length - 1)) : null;
            return new ShownTable(table.id(), table.titleKey(), table.columnKeys(), rows, total);
        }

        private List<Cell> cells(int row) {
            List<Cell> cells = new ArrayList<>();
            for (int col = 0; col < values[row].length; col++) {
                cells.add(new Cell(values[row][col], hidden[row][col], secondary[row][col]));
            }
            return cells;
        }

        private boolean isHidden(Pos pos) {
            return hidden[pos.row()][pos.col()];
        }

        private long value(Pos pos) {
            Long value = values[pos.row()][pos.col()];
            return value == null ? 0 : value;
        }

        private static boolean isSmall(Long value) {
            return value != null && value > 0 && value < SMALLEST_SHOWN;
        }
    }
}
