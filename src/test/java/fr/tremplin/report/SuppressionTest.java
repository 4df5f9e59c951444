package fr.tremplin.report;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tremplin.report.FigureTable.FigureRow;
import fr.tremplin.report.ShownTable.Cell;
import fr.tremplin.report.ShownTable.ShownRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Small counts are hidden, and no hidden count can be worked out from the totals of its table. */
class SuppressionTest {

    @Test
    void aSingleSmallCellIsProtectedByHidingTheSmallestOtherCellAndTheTotalStaysShown() {
        ShownTable shown = Suppression.apply(oneColumn(true, 3L, 17L, 250L));

        assertThat(texts(shown, 0)).containsExactly("< 5", "×", "250");
        assertThat(shown.total().cells().getFirst().text()).isEqualTo("270");
    }

    @Test
    void twoSmallCellsProtectEachOtherWithoutSecondaryHiding() {
        ShownTable shown = Suppression.apply(oneColumn(true, 3L, 2L, 250L));

        assertThat(texts(shown, 0)).containsExactly("< 5", "< 5", "250");
        assertThat(shown.total().cells().getFirst().text()).isEqualTo("255");
    }

    @Test
    void aTotalUnderFiveIsHiddenWithEveryNonZeroCellOfItsColumn() {
        ShownTable shown = Suppression.apply(oneColumn(true, 1L, 0L, 2L));

        assertThat(texts(shown, 0)).containsExactly("< 5", "0", "< 5");
        assertThat(shown.total().cells().getFirst().text()).isEqualTo("< 5");
    }

    @Test
    void zerosAreNeverHiddenNorCountedAsProtection() {
        assertThat(texts(Suppression.apply(oneColumn(true, 3L, 0L, 0L, 40L)), 0))
                .containsExactly("< 5", "0", "0", "×");
        assertThat(texts(Suppression.apply(oneColumn(true, 0L, 0L, null)), 0)).containsExactly("0", "0", "");
    }

    @Test
    void nonSensitiveColumnsAreNeverHiddenAndTheirTotalIsThePlainSum() {
        FigureTable table = new FigureTable("resources", "t", List.of("sessions", "licences", "cost"),
                List.of(true, false, false),
                List.of(row("a", 3L, 2L, null), row("b", 30L, 3L, null), row("c", 40L, null, null)), true);

        ShownTable shown = Suppression.apply(table);

        assertThat(texts(shown, 0)).containsExactly("< 5", "×", "40");
        assertThat(texts(shown, 1)).containsExactly("2", "3", "");
        assertThat(shown.total().cells()).extracting(Cell::text).containsExactly("73", "5", "");
        assertThat(shown.total().cells().get(2).value()).isNull();
    }

    @Test
    void withoutATotalOnlySmallCountsAreHidden() {
        ShownTable shown = Suppression.apply(oneColumn(false, 3L, 17L, 4L));

        assertThat(texts(shown, 0)).containsExactly("< 5", "17", "< 5");
        assertThat(shown.total()).isNull();
    }

    @Test
    void whenColumnsAddUpToATotalColumnEachRowIsProtectedToo() {
        List<FigureRow> rows = List.of(row("jan", 30L, 3L, 33L), row("feb", 40L, 20L, 60L), row("mar", 50L, 25L, 75L));
        FigureTable table = new FigureTable("audience", "t",
                List.of("sessions.adults", "sessions.children", "sessions.total"), List.of(true, true, true), rows, true);

        ShownTable shown = Suppression.apply(table);

        assertThat(shown.rows()).extracting(r -> r.cells().stream().map(Cell::text).toList()).containsExactly(
                List.of("×", "< 5", "33"), List.of("×", "×", "60"), List.of("50", "25", "75"));
        assertThat(shown.total().cells()).extracting(Cell::text).containsExactly("120", "48", "168");
    }

    @Test
    void withoutATotalColumnRowsAreIndependent() {
        List<FigureRow> rows = List.of(row("jan", 30L, 3L), row("feb", 40L, 20L));
        FigureTable table = new FigureTable("audience", "t", List.of("sessions.adults", "sessions.children"),
                List.of(true, true), rows, true);

        ShownTable shown = Suppression.apply(table);

        assertThat(texts(shown, 0)).containsExactly("30", "40");
        assertThat(texts(shown, 1)).containsExactly("< 5", "×");
    }

    @Test
    void onManyRandomTablesNoSmallCountIsShownAndNoLineHasASingleHiddenCell() {
        Random random = new Random(20_250_112L);
        for (int n = 0; n < 2_000; n++) {
            FigureTable table = randomTable(random);
            ShownTable shown = Suppression.apply(table);
            List<ShownRow> all = new ArrayList<>(shown.rows());
            if (shown.total() != null) {
                all.add(shown.total());
            }
            for (int col = 0; col < table.columnKeys().size(); col++) {
                boolean sensitive = table.sensitive().get(col);
                for (int row = 0; row < all.size(); row++) {
                    Cell cell = all.get(row).cells().get(col);
                    if (row < table.rows().size()) {
                        assertThat(cell.value()).isEqualTo(table.rows().get(row).values().get(col));
                    }
                    assertThat(cell.hidden() && !sensitive).as("non-sensitive hidden in %s", table).isFalse();
                    assertThat(!cell.hidden() && sensitive && isSmall(cell.value())).as("%s", table).isFalse();
                }
                Cell total = shown.total() == null ? null : shown.total().cells().get(col);
                if (sensitive && total != null && !total.hidden() && total.value() != null) {
                    int c = col;
                    List<Cell> hidden = shown.rows().stream().map(r -> r.cells().get(c)).filter(Cell::hidden).toList();
                    assertThat(hidden.size()).as("column %d of %s", col, table).isNotEqualTo(1);
                    assertThat(hidden).allMatch(h -> h.value() != null && h.value() > 0);
                }
            }
            int totalCol = table.columnKeys().indexOf("sessions.total");
            if (totalCol >= 0) {
                for (ShownRow row : all) {
                    long hiddenParts = IntStream.range(0, totalCol).filter(c -> row.cells().get(c).hidden()).count();
                    if (!row.cells().get(totalCol).hidden() && row.cells().get(totalCol).value() != null) {
                        assertThat(hiddenParts).as("row %s of %s", row.label(), table).isNotEqualTo(1);
                    }
                }
            }
        }
    }

    private static FigureTable randomTable(Random random) {
        int parts = 1 + random.nextInt(3);
        boolean rowTotal = parts >= 2 && random.nextBoolean();
        List<String> keys = new ArrayList<>();
        List<Boolean> sensitive = new ArrayList<>();
        IntStream.range(0, parts).forEach(i -> {
            keys.add("sessions.part" + i);
            sensitive.add(true);
        });
        if (rowTotal) {
            keys.add("sessions.total");
            sensitive.add(true);
        }
        keys.add("licences");
        sensitive.add(false);
        List<FigureRow> rows = new ArrayList<>();
        int rowCount = 1 + random.nextInt(8);
        for (int r = 0; r < rowCount; r++) {
            List<Long> values = new ArrayList<>();
            IntStream.range(0, parts).forEach(i -> values.add(randomCount(random)));
            if (rowTotal) {
                values.add(values.stream().allMatch(v -> v == null) ? null
                        : values.stream().mapToLong(v -> v == null ? 0 : v).sum());
            }
            values.add(randomCount(random));
            rows.add(new FigureRow("r" + r, values));
        }
        return new FigureTable("random", "t", keys, sensitive, rows, random.nextInt(4) > 0);
    }

    private static Long randomCount(Random random) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return null;
        }
        if (kind <= 2) {
            return 0L;
        }
        return kind <= 6 ? 1L + random.nextInt(4) : 5L + random.nextInt(60);
    }

    private static boolean isSmall(Long value) {
        return value != null && value >= 1 && value <= 4;
    }

    private static FigureTable oneColumn(boolean withTotal, Long... values) {
        List<FigureRow> rows = IntStream.range(0, values.length).mapToObj(i -> row("r" + i, values[i])).toList();
        return new FigureTable("sessions-by-month", "t", List.of("sessions"), List.of(true), rows, withTotal);
    }

    private static FigureRow row(String label, Long... values) {
        return new FigureRow(label, Arrays.asList(values));
    }

    private static List<String> texts(ShownTable table, int col) {
        return table.rows().stream().map(r -> r.cells().get(col).text()).toList();
    }
}
