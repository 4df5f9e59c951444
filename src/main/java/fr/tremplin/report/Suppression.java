package fr.tremplin.report;

import fr.tremplin.report.ShownTable.Cell;
import fr.tremplin.report.ShownTable.ShownRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

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

    private final FigureTable table;
    /** The values, the total row last when there is one. */
    private final Long[][] values;
    private final boolean[][] hidden;
    private final boolean[][] secondary;

    private Suppression(FigureTable table) {
        this.table = table;
        int rows = table.rows().size();
        int cols = table.columnKeys().size();
        values = new Long[rows + (table.withTotal() ? 1 : 0)][];
        hidden = new boolean[values.length][cols];
        secondary = new boolean[values.length][cols];
        for (int row = 0; row < rows; row++) {
            values[row] = table.rows().get(row).values().toArray(Long[]::new);
        }
        if (table.withTotal()) {
            values[rows] = new Long[cols];
            for (int row = 0; row < rows; row++) {
                for (int col = 0; col < cols; col++) {
                    if (values[row][col] != null) {
                        values[rows][col] = values[row][col] + value(new Pos(rows, col));
                    }
                }
            }
        }
        for (int row = 0; row < values.length; row++) {
            for (int col = 0; col < cols; col++) {
                Long value = values[row][col];
                hidden[row][col] = table.sensitive().get(col) && value != null && value > 0 && value < SMALLEST_SHOWN;
            }
        }
    }

    /** The table as it may be shown: same values, with the cells to hide marked. */
    public static ShownTable apply(FigureTable table) {
        Suppression suppression = new Suppression(table);
        List<Line> lines = suppression.lines();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Line line : lines) {
                changed |= suppression.protect(line);
            }
        }
        suppression.hideDerived();
        return suppression.shown();
    }

    private record Pos(int row, int col) {
    }

    /** Cells that add up to a whole. */
    private record Line(List<Pos> parts, Pos whole) {
    }

    private List<Line> lines() {
        List<Boolean> sensitive = table.sensitive();
        int dataRows = table.rows().size();
        List<Line> lines = new ArrayList<>();
        for (int col = 0; table.withTotal() && col < sensitive.size(); col++) {
            if (sensitive.get(col)) {
                int c = col;
                lines.add(new Line(IntStream.range(0, dataRows).mapToObj(row -> new Pos(row, c)).toList(),
                        new Pos(dataRows, col)));
            }
        }
        int totalCol = rowTotalColumn();
        for (int row = 0; totalCol >= 0 && row < values.length; row++) {
            int r = row;
            List<Pos> parts = IntStream.range(0, sensitive.size()).filter(col -> sensitive.get(col) && col != totalCol)
                    .mapToObj(col -> new Pos(r, col)).toList();
            lines.add(new Line(parts, new Pos(row, totalCol)));
        }
        return lines;
    }

    /** The sensitive {@code .total} column the other sensitive columns add up to, or -1 when rows are independent. */
    private int rowTotalColumn() {
        long sensitiveCount = table.sensitive().stream().filter(Boolean::booleanValue).count();
        for (int col = 0; sensitiveCount >= 2 && col < table.columnKeys().size(); col++) {
            if (table.columnKeys().get(col).endsWith(ROW_TOTAL_SUFFIX) && table.sensitive().get(col)) {
                return col;
            }
        }
        return -1;
    }

    /** Hides one more cell when the line holds exactly one hidden cell; true when it did. */
    private boolean protect(Line line) {
        long hiddenCount = line.parts().stream().filter(this::isHidden).count() + (isHidden(line.whole()) ? 1 : 0);
        if (value(line.whole()) == 0 || hiddenCount != 1) {
            return false;
        }
        Pos chosen = line.parts().stream().filter(part -> !isHidden(part) && value(part) > 0)
                .min(Comparator.comparingLong(this::value))
                .orElse(isHidden(line.whole()) ? null : line.whole());
        if (chosen == null) {
            return false;
        }
        hidden[chosen.row()][chosen.col()] = true;
        secondary[chosen.row()][chosen.col()] = true;
        return true;
    }

    /** A value computed from a hidden one would give it away: it is hidden too. */
    private void hideDerived() {
        for (int col = 0; col < table.derivedFrom().size(); col++) {
            int source = table.derivedFrom().get(col);
            for (int row = 0; source >= 0 && row < values.length; row++) {
                if (hidden[row][source] && values[row][col] != null) {
                    hidden[row][col] = true;
                    secondary[row][col] = true;
                }
            }
        }
    }

    private ShownTable shown() {
        List<ShownRow> rows = new ArrayList<>();
        for (int row = 0; row < table.rows().size(); row++) {
            rows.add(new ShownRow(table.rows().get(row).label(), cells(row)));
        }
        ShownRow total = table.withTotal() ? new ShownRow("", cells(values.length - 1)) : null;
        return new ShownTable(table.id(), table.titleKey(), table.columnKeys(), rows, total);
    }

    private List<Cell> cells(int row) {
        return IntStream.range(0, values[row].length)
                .mapToObj(col -> new Cell(values[row][col], hidden[row][col], secondary[row][col],
                        table.decimals().get(col))).toList();
    }

    private boolean isHidden(Pos pos) {
        return hidden[pos.row()][pos.col()];
    }

    private long value(Pos pos) {
        Long value = values[pos.row()][pos.col()];
        return value == null ? 0 : value;
    }
}
