package fr.tremplin.report;

import fr.tremplin.report.MonthlyAggregates.Deleted;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scheduled job of the report's data: writes the aggregate of every closed month that lacks one (so a yearly
 * report reads twelve small aggregates), and rolls up the months past the retention period: their raw sessions and
 * events are deleted, the report shows them from their aggregate. Safe on every node at once (a named lock lets one
 * work at a time, and each step is idempotent: a claimed month is written once, a deleted row is gone).
 */
@Component
public class ReportRollUp {

    private static final Logger LOG = LoggerFactory.getLogger(ReportRollUp.class);
    private static final String LOCK = "tremplin.report.roll-up";
    /** Sessions deleted per transaction: short transactions, small undo, no long lock on the tables. */
    private static final int BATCH = 2_000;

    private final MonthlyCounts counts;
    private final MonthlyAggregates aggregates;
    private final RollUpLock lock;
    private final TransactionTemplate transaction;
    private final ReportProperties properties;
    private final Clock clock;

    ReportRollUp(MonthlyCounts counts, MonthlyAggregates aggregates, RollUpLock lock,
            PlatformTransactionManager transactions, ReportProperties properties, Clock clock) {
        this.counts = counts;
        this.aggregates = aggregates;
        this.lock = lock;
        this.transaction = new TransactionTemplate(transactions);
        this.properties = properties;
        this.clock = clock;
    }

    /** What one run did. */
    public record Result(int monthsSummarized, int monthsRolledUp, long sessionsDeleted, long eventsDeleted) {

        static final Result NONE = new Result(0, 0, 0, 0);

        Result plus(Result other) {
            return new Result(monthsSummarized + other.monthsSummarized, monthsRolledUp + other.monthsRolledUp,
                    sessionsDeleted + other.sessionsDeleted, eventsDeleted + other.eventsDeleted);
        }
    }

    @Scheduled(cron = "${tremplin.report.roll-up-cron:0 17 * * * *}")
    public void scheduled() {
        Result result = run(LocalDate.now(clock));
        if (!result.equals(Result.NONE)) {
            LOG.info("Report: {} months summed up, {} rolled up ({} sessions and {} events deleted)",
                    result.monthsSummarized(), result.monthsRolledUp(), result.sessionsDeleted(),
                    result.eventsDeleted());
        }
    }

    /** One run as of {@code today}; nothing when another node is running it. */
    public Result run(LocalDate today) {
        return lock.whileHeld(LOCK, () -> summarizeClosed(today).plus(rollUpBefore(retentionStart(today))))
                .orElse(Result.NONE);
    }

    /** The first month kept raw: every month before it lies wholly beyond the retention period. */
    YearMonth retentionStart(LocalDate today) {
        return YearMonth.from(today.minusMonths(properties.retentionMonths()));
    }

    private Result summarizeClosed(LocalDate today) {
        Optional<YearMonth> oldest = aggregates.oldestDataMonth();
        YearMonth lastClosed = YearMonth.from(today).minusMonths(MonthlyCounts.isClosed(YearMonth.from(today)
                .minusMonths(1), today) ? 1 : 2);
        if (oldest.isEmpty() || lastClosed.isBefore(oldest.get())) {
            return Result.NONE;
        }
        Set<YearMonth> written = aggregates.summarized(oldest.get(), lastClosed).keySet();
        int summarized = 0;
        for (YearMonth month = oldest.get(); !month.isAfter(lastClosed); month = month.plusMonths(1)) {
            if (!written.contains(month) && counts.summarize(month)) {
                summarized++;
            }
        }
        return new Result(summarized, 0, 0, 0);
    }

    private Result rollUpBefore(YearMonth keptFrom) {
        Result result = Result.NONE;
        for (Optional<YearMonth> month = aggregates.oldestSessionMonth();
                month.isPresent() && month.get().isBefore(keptFrom); month = aggregates.oldestSessionMonth()) {
            result = result.plus(rollUp(month.get()));
        }
        return result;
    }

    /**
     * Rolls up one closed month: its aggregate is written if it is not, the month is marked rolled up (from then on
     * it is read from its aggregate only), then its raw sessions and events are deleted, a batch per transaction.
     * Running it again changes nothing.
     */
    Result rollUp(YearMonth month) {
        int summarized = counts.summarize(month) ? 1 : 0;
        boolean marked = aggregates.markRolledUp(month, LocalDateTime.now(clock));
        long sessions = 0;
        long events = 0;
        Deleted deleted;
        do {
            deleted = transaction.execute(status -> aggregates.deleteRaw(month, BATCH));
            sessions += deleted.sessions();
            events += deleted.events();
        } while (deleted.sessions() > 0);
        return new Result(summarized, marked ? 1 : 0, sessions, events);
    }
}
