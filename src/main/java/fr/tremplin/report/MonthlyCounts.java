package fr.tremplin.report;

import fr.tremplin.report.MonthlyAggregates.MonthState;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The counts of a period, month by month: a closed month read whole from its aggregate (written once, the first time
 * it is needed or by the roll-up job), the open month and the part of a month a period cuts read from the raw rows.
 * Both are the same {@link Tally tallies}, so a month reads the same before and after its raw rows are rolled up.
 */
@Component
class MonthlyCounts {

    /** The counts, and whether a rolled-up month the period only cuts had to be counted whole. */
    record Counts(List<Tally> tallies, boolean wholeMonths) {
    }

    private final RawTallies raw;
    private final MonthlyAggregates aggregates;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    MonthlyCounts(RawTallies raw, MonthlyAggregates aggregates, PlatformTransactionManager transactions, Clock clock) {
        this.raw = raw;
        this.aggregates = aggregates;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * A month is closed one day after its end (its last sessions have ended, their events are in): its aggregate can
     * be written, and never changes after.
     */
    static boolean isClosed(YearMonth month, LocalDate today) {
        return !today.isBefore(month.plusMonths(1).atDay(2));
    }

    /** The counts of the sessions started from {@code from} to {@code to} included, at these branches (all: null). */
    Counts counts(LocalDate from, LocalDate to, Collection<Long> branchIds) {
        LocalDate today = LocalDate.now(clock);
        YearMonth first = YearMonth.from(from);
        YearMonth last = YearMonth.from(to.isAfter(today) ? today : to);
        List<Tally> tallies = new ArrayList<>();
        if (last.isBefore(first)) {
            return new Counts(tallies, false);
        }
        Map<YearMonth, MonthState> stored = aggregates.summarized(first, last);
        Optional<YearMonth> oldest = stored.size() == months(first, last) ? Optional.empty()
                : aggregates.oldestDataMonth();
        List<YearMonth> fromAggregates = new ArrayList<>();
        boolean wholeMonths = false;
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            boolean whole = !from.isAfter(month.atDay(1)) && !to.isBefore(month.atEndOfMonth());
            MonthState state = stored.get(month);
            if (state != null && (whole || state.rolledUp())) {
                fromAggregates.add(month);
                wholeMonths |= !whole;
            } else if (whole && isClosed(month, today)) {
                if (oldest.isPresent() && !month.isBefore(oldest.get())) {
                    summarize(month);
                    fromAggregates.add(month);
                }
            } else {
                LocalDate start = from.isAfter(month.atDay(1)) ? from : month.atDay(1);
                LocalDate end = to.isBefore(month.atEndOfMonth()) ? to : month.atEndOfMonth();
                tallies.addAll(raw.tallies(month, start.atStartOfDay(), end.plusDays(1).atStartOfDay(), branchIds));
            }
        }
        tallies.addAll(aggregates.read(fromAggregates, branchIds));
        return new Counts(tallies, wholeMonths);
    }

    /** Whether the period cuts a month already rolled up, which it then counts whole. */
    boolean cutsRolledUpMonth(LocalDate from, LocalDate to) {
        YearMonth first = YearMonth.from(from);
        YearMonth last = YearMonth.from(to);
        Map<YearMonth, MonthState> stored = aggregates.summarized(first, last);
        boolean firstCut = from.getDayOfMonth() != 1 || first.equals(last) && to.isBefore(last.atEndOfMonth());
        boolean lastCut = to.isBefore(last.atEndOfMonth());
        return firstCut && rolledUp(stored.get(first)) || lastCut && rolledUp(stored.get(last));
    }

    private static boolean rolledUp(MonthState state) {
        return state != null && state.rolledUp();
    }

    /**
     * Writes the aggregate of a closed month from its raw rows, in a transaction of its own, unless it is written
     * already (by another node too); true when this call wrote it.
     */
    boolean summarize(YearMonth month) {
        if (!isClosed(month, LocalDate.now(clock))) {
            throw new IllegalArgumentException(month + " is not closed yet");
        }
        return Boolean.TRUE.equals(ownTransaction.execute(status -> {
            if (!aggregates.claim(month, LocalDateTime.now(clock))) {
                return false;
            }
            LocalDateTime start = month.atDay(1).atStartOfDay();
            aggregates.write(raw.tallies(month, start, start.plusMonths(1), null));
            return true;
        }));
    }

    private static long months(YearMonth first, YearMonth last) {
        return java.time.temporal.ChronoUnit.MONTHS.between(first, last) + 1;
    }
}
