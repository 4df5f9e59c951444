package fr.tremplin.report;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tremplin.report.ShownTable.Cell;
import fr.tremplin.report.ShownTable.ShownRow;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cost per use: the yearly cost over the period, per session that opened the resource, hidden with its uses. */
class CostPerUseTest {

    private static final ReportTables.Labels LABELS = new ReportTables.Labels(Map.of(1L, "Longwy"), Map.of(),
            Map.of(), Map.of("7", "Code de la route", "8", "Langues", "9", "Bureautique"), Map.of(), Map.of(),
            Map.of("7", new BigDecimal("400.00"), "8", new BigDecimal("1000.00"), "9", new BigDecimal("90.00")));

    private static ShownTable costs(long days) {
        List<Tally> tallies = List.of(new Tally(YearMonth.of(2001, 3), 1, Dimension.OPENED, "7", 30),
                new Tally(YearMonth.of(2001, 4), 1, Dimension.OPENED, "7", 10),
                new Tally(YearMonth.of(2001, 3), 1, Dimension.OPENED, "8", 3));
        FigureTable table = new ReportTables(tallies, LABELS, key -> key, days).all().stream()
                .filter(t -> t.id().equals("cost-per-use")).findFirst().orElseThrow();
        return Suppression.apply(table);
    }

    @Test
    void aYearsCostIsSharedByTheSessionsThatOpenedTheResource() {
        List<ShownRow> rows = costs(365).rows();
        assertThat(rows).extracting(ShownRow::label).containsExactly("Bureautique", "Code de la route", "Langues");
        assertThat(rows.get(1).cells()).extracting(Cell::text).containsExactly("400,00", "40", "10,00");
    }

    @Test
    void aPeriodPaysItsShareOfTheYear() {
        assertThat(costs(73).rows().get(1).cells()).extracting(Cell::text).containsExactly("80,00", "40", "2,00");
    }

    @Test
    void theCostPerUseOfAHiddenCountIsHiddenToo() {
        // 1000 € for 3 sessions: 333,33 € would tell that 3 sessions opened it.
        assertThat(costs(365).rows().get(2).cells()).extracting(Cell::text).containsExactly("1000,00", Cell.SMALL,
                Cell.PROTECTING);
        // Nobody opened it: no cost per use.
        assertThat(costs(365).rows().get(0).cells()).extracting(Cell::text).containsExactly("90,00", "0", "");
    }
}
