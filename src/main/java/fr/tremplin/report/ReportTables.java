package fr.tremplin.report;

import fr.tremplin.report.FigureTable.FigureRow;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The tables of the report from the counts of its months, summed over the months and labelled in French. Rows that
 * read the same label are one row; rows come biggest first (then by label), or by label where the order means
 * something (months, levels).
 */
final class ReportTables {

    /** Labels of the codes and ids counted, and licences bought per resource id. */
    record Labels(Map<Long, String> branches, Map<String, String> needs, Map<String, String> partners,
            Map<String, String> resources, Map<String, Long> licences, Map<String, String> kiosks,
            Map<String, java.math.BigDecimal> yearlyCosts) {
    }

    private static final Collator FRENCH = Collator.getInstance(Locale.FRENCH);

    private final Map<Dimension, List<Tally>> tallies = new HashMap<>();
    private final Labels labels;
    private final Function<String, String> text;

    /** The share of a year the period covers, for the cost of a resource over it. */
    private final java.math.BigDecimal yearShare;

    /**
     * @param text the French text of a staff bundle key
     * @param days the days of the period
     */
    ReportTables(List<Tally> tallies, Labels labels, Function<String, String> text, long days) {
        this.yearShare = java.math.BigDecimal.valueOf(days).divide(java.math.BigDecimal.valueOf(365), 6,
                java.math.RoundingMode.HALF_UP);
        tallies.forEach(t -> this.tallies.computeIfAbsent(t.dimension(), d -> new ArrayList<>()).add(t));
        this.labels = labels;
        this.text = text;
    }

    List<FigureTable> all() {
        return List.of(
                sessions("sessions-by-month", Dimension.SESSIONS, t -> t.month().toString(), true),
                sessions("sessions-by-branch", Dimension.SESSIONS, t -> labels.branches().get(t.branchId()), false),
                sessions("sessions-by-audience", Dimension.AUDIENCE,
                        value(code -> text.apply("staff.report.audience." + code)), false),
                sessions("sessions-by-need", Dimension.NEED, value(id -> labels.needs().getOrDefault(id, id)), false),
                sessions("sessions-by-sub-need", Dimension.SUB_NEED,
                        value(id -> labels.needs().getOrDefault(id, id)), false),
                sessions("sessions-by-kiosk", Dimension.KIOSK, t -> t.value().isEmpty()
                        ? text.apply("staff.report.no-kiosk") : labels.kiosks().getOrDefault(t.value(), t.value()),
                        false),
                sessions("sessions-by-language", Dimension.LANGUAGE,
                        value(code -> text.apply("staff.report.language." + code)), false),
                sessions("sessions-by-level", Dimension.LEVEL, value(Function.identity()), true),
                sessions("sessions-by-level-source", Dimension.LEVEL_SOURCE,
                        value(code -> text.apply("staff.report.level-source." + code)), false),
                sessions("sessions-by-entry", Dimension.ENTRY, value(code -> text.apply("staff.report.entry." + code)),
                        false),
                sessions("sessions-by-partner", Dimension.PARTNER, t -> t.value().isEmpty()
                        ? text.apply("staff.report.no-partner") : labels.partners().getOrDefault(t.value(), t.value()),
                        false),
                resources(),
                costPerUse(),
                helpCalls(),
                helpWaits(),
                workshops(),
                workshopSeats(),
                satisfaction());
    }

    /** A label from the value counted, "(not said)" for none. */
    private Function<Tally, String> value(Function<String, String> label) {
        return t -> t.value().isEmpty() ? text.apply("staff.report.none") : label.apply(t.value());
    }

    private FigureTable sessions(String id, Dimension dimension, Function<Tally, String> label, boolean byLabel) {
        Map<String, Long> counts = new HashMap<>();
        tallies(dimension).forEach(t -> counts.merge(label.apply(t), t.count(), Long::sum));
        Comparator<Map.Entry<String, Long>> byName = Map.Entry.comparingByKey(FRENCH);
        List<FigureRow> rows = counts.entrySet().stream()
                .sorted(byLabel ? byName : Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(byName))
                .map(e -> new FigureRow(e.getKey(), List.of(e.getValue()))).toList();
        return new FigureTable(id, "staff.report." + id, List.of("staff.report.sessions"), List.of(true), rows, true);
    }

    /** Per resource: sessions that opened it, that took access, credentials handed out, licences bought. */
    private FigureTable resources() {
        Map<String, Long> opened = sum(Dimension.OPENED);
        Map<String, Long> taken = sum(Dimension.TAKEN);
        Map<String, Long> issued = sum(Dimension.ISSUED);
        Set<String> ids = new TreeSet<>(opened.keySet());
        ids.addAll(taken.keySet());
        ids.addAll(issued.keySet());
        List<FigureRow> rows = ids.stream()
                .map(id -> new FigureRow(labels.resources().getOrDefault(id, id), java.util.Arrays.asList(
                        opened.getOrDefault(id, 0L), taken.getOrDefault(id, 0L), issued.getOrDefault(id, 0L),
                        labels.licences().get(id))))
                .sorted(Comparator.<FigureRow>comparingLong(r -> -r.values().get(0))
                        .thenComparing(FigureRow::label, FRENCH))
                .toList();
        return new FigureTable("resources", "staff.report.resources", List.of("staff.report.opened",
                "staff.report.taken", "staff.report.issued", "staff.report.licences"),
                List.of(true, true, true, false), rows, true);
    }

    /**
     * Per resource with a yearly cost set (summed over the branches): its cost over the period (the yearly cost times
     * the share of a year the period covers), the sessions that opened it, and the cost per use, in euros and cents.
     * The cost per use is hidden whenever the number of uses is.
     */
    private FigureTable costPerUse() {
        Map<String, Long> opened = sum(Dimension.OPENED);
        List<FigureRow> rows = labels.yearlyCosts().entrySet().stream()
                .map(e -> {
                    long cents = e.getValue().multiply(yearShare).movePointRight(2)
                            .setScale(0, java.math.RoundingMode.HALF_UP).longValue();
                    long uses = opened.getOrDefault(e.getKey(), 0L);
                    Long perUse = uses == 0 ? null : Math.round((double) cents / uses);
                    return new FigureRow(labels.resources().getOrDefault(e.getKey(), e.getKey()),
                            java.util.Arrays.asList(cents, uses, perUse));
                })
                .sorted(Comparator.comparing(FigureRow::label, FRENCH))
                .toList();
        return new FigureTable("cost-per-use", "staff.report.cost-per-use", List.of("staff.report.cost-period",
                "staff.report.opened", "staff.report.cost-per-use.column"), List.of(false, true, false), rows,
                false, List.of(2, 0, 2), List.of(-1, -1, 1));
    }

    private FigureTable helpCalls() {
        long calls = sum(Dimension.HELP_CALLS).getOrDefault("", 0L);
        long answered = sum(Dimension.HELP_ANSWERED).getOrDefault("", 0L);
        return new FigureTable("help-calls", "staff.report.help-calls", List.of("staff.report.calls",
                "staff.report.calls-answered"), List.of(true, true),
                List.of(new FigureRow(text.apply("staff.report.help-calls.row"), List.of(calls, answered))), false);
    }

    /** Taken calls by how long the patron waited, shortest first. */
    private FigureTable helpWaits() {
        Map<String, Long> waits = sum(Dimension.HELP_WAIT);
        List<FigureRow> rows = java.util.Arrays.stream(HelpWait.values()).filter(w -> waits.containsKey(w.name()))
                .map(w -> new FigureRow(text.apply("staff.report.help-wait." + w.name()),
                        List.of(waits.get(w.name()))))
                .toList();
        return new FigureTable("help-waits", "staff.report.help-waits", List.of("staff.report.calls-answered"),
                List.of(true), rows, true);
    }

    /** Workshops opened to the kiosks (not patron data) and the seats taken in them. */
    private FigureTable workshops() {
        long held = sum(Dimension.WORKSHOPS).getOrDefault("", 0L);
        long seats = sum(Dimension.WORKSHOP_SEATS).values().stream().mapToLong(Long::longValue).sum();
        return new FigureTable("workshops", "staff.report.workshops", List.of("staff.report.workshops-held",
                "staff.report.workshop-seats"), List.of(false, true),
                List.of(new FigureRow(text.apply("staff.report.workshops.row"), List.of(held, seats))), false);
    }

    /** Workshop attendance by the audience patrons gave at their seat. */
    private FigureTable workshopSeats() {
        Map<String, Long> counts = new HashMap<>();
        tallies(Dimension.WORKSHOP_SEATS).forEach(t -> counts.merge(t.value().isEmpty()
                ? text.apply("staff.report.none") : text.apply("staff.report.audience." + t.value()), t.count(),
                Long::sum));
        List<FigureRow> rows = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey(FRENCH)))
                .map(e -> new FigureRow(e.getKey(), List.of(e.getValue()))).toList();
        return new FigureTable("workshop-seats", "staff.report.workshop-seats-by-audience",
                List.of("staff.report.workshop-seats"), List.of(true), rows, true);
    }

    /** The answers to "Did Tremplin help you?", by face, happiest first. */
    private FigureTable satisfaction() {
        List<FigureRow> rows = sum(Dimension.SATISFACTION).entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByKey().reversed())
                .map(e -> new FigureRow(text.apply("staff.report.face." + e.getKey()), List.of(e.getValue())))
                .toList();
        return new FigureTable("satisfaction", "staff.report.satisfaction", List.of("staff.report.answers"),
                List.of(true), rows, true);
    }

    private Map<String, Long> sum(Dimension dimension) {
        Map<String, Long> sums = new HashMap<>();
        tallies(dimension).forEach(t -> sums.merge(t.value(), t.count(), Long::sum));
        return sums;
    }

    private List<Tally> tallies(Dimension dimension) {
        return tallies.getOrDefault(dimension, List.of());
    }
}
