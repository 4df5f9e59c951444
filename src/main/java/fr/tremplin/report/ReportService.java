package fr.tremplin.report;

import fr.tremplin.core.i18n.TranslationProvider;
import fr.tremplin.core.security.StaffAccess;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.core.security.StaffUser;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the yearly report for a period, one branch or all the branches the user sees, always as they may be
 * shown: small counts hidden, and no hidden count recoverable from the totals ({@link Suppression}). Labels are in
 * French, the language of the report the library writes.
 */
@Service
public class ReportService {

    private static final Locale FRENCH = Locale.FRENCH;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", FRENCH);

    private final ReportQueries queries;
    private final MonthlyCounts counts;
    private final StaffAccess access;
    private final TranslationProvider translations;
    private final ReportNotes notes;
    private final java.time.Clock clock;

    ReportService(ReportQueries queries, MonthlyCounts counts, StaffAccess access, TranslationProvider translations,
            ReportNotes notes, java.time.Clock clock) {
        this.queries = queries;
        this.counts = counts;
        this.access = access;
        this.translations = translations;
        this.notes = notes;
        this.clock = clock;
    }

    /**
     * The tables of the report, hidden cells already hidden. Not one read-only transaction: a closed month's aggregate
     * may be written on the way (in a transaction of its own) and must be seen right after.
     */
    public List<ShownTable> report(ReportPeriod period) {
        return figures(period).stream().map(Suppression::apply).toList();
    }

    /** Whether the period cuts a month already rolled up: that month is then counted whole. */
    public boolean countsWholeMonths(ReportPeriod period) {
        branches(period.branchCode());
        return counts.cutsRolledUpMonth(period.from(), period.to());
    }

    /** The branches whose report the user may read: code and name. */
    @Transactional(readOnly = true)
    public java.util.Map<String, String> branches() {
        return queries.branchNames(branches(null));
    }

    /** This month at a glance for the user's branches: sessions, accesses taken, calls (as shown: "< 5"…). */
    public Glance thisMonth(java.time.Clock clock) {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        ReportPeriod month = new ReportPeriod(today.withDayOfMonth(1), today, null);
        List<ShownTable> tables = report(month);
        return new Glance(total(tables, "sessions-by-month", 0), total(tables, "resources", 1),
                tables.stream().filter(t -> t.id().equals("help-calls")).findFirst()
                        .map(t -> t.rows().isEmpty() ? "0" : t.rows().get(0).cells().get(0).text()).orElse("0"));
    }

    /** The month so far, as it may be shown. */
    public record Glance(String sessions, String accessTaken, String helpCalls) {
    }

    private static String total(List<ShownTable> tables, String id, int column) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst()
                .map(t -> t.total() == null ? "0" : t.total().cells().get(column).text()).orElse("0");
    }

    /** The same tables as a CSV file for a French spreadsheet. */
    public byte[] csv(ReportPeriod period) {
        String title = text("staff.report.csv.title", period.from(), period.to(),
                period.branchCode() == null ? text("staff.report.all-branches") : period.branchCode());
        return ReportCsv.write(report(period), key -> text(key), title);
    }

    /**
     * The yearly report ("bilan annuel") of one branch or all the user's branches as a PDF in French: the figures as
     * shown, the charts and the staff notes of the year (up to today for the current year).
     */
    public byte[] pdf(int year, String branchCode) {
        LocalDate today = LocalDate.now(clock);
        LocalDate last = LocalDate.of(year, 12, 31);
        ReportPeriod period = new ReportPeriod(LocalDate.of(year, 1, 1),
                year == today.getYear() && last.isAfter(today) ? today : last, branchCode);
        List<ShownTable> tables = report(period);
        String where = branchCode == null ? text("staff.report.all-branches")
                : queries.branchNames(Set.of(branchCode)).getOrDefault(branchCode, branchCode);
        return new ReportPdf(this::text).write(new ReportPdf.Content(text("staff.report.pdf.title",
                String.valueOf(year)), text("staff.report.pdf.scope", where, DAY.format(period.from()),
                DAY.format(period.to())), text("staff.report.pdf.made", DAY.format(today)), tables,
                notes.notes(period)));
    }

    List<FigureTable> figures(ReportPeriod period) {
        Collection<String> branches = branches(period.branchCode());
        MonthlyCounts.Counts counted = counts.counts(period.from(), period.to(), queries.branchIds(branches));
        return new ReportTables(counted.tallies(), queries.labels(branches), this::text,
                java.time.temporal.ChronoUnit.DAYS.between(period.from(), period.to()) + 1).all();
    }

    /** The branches the period covers, checked against what the user may read. */
    private Collection<String> branches(String branchCode) {
        StaffUser user = access.requireRole(StaffRole.DEPARTMENT_ADMIN, StaffRole.BRANCH_ADMIN, StaffRole.LIBRARIAN);
        if (branchCode != null) {
            if (!user.sees(branchCode)) {
                throw new AccessDeniedException(user.username() + " may not read branch " + branchCode);
            }
            return Set.of(branchCode);
        }
        return user.isDepartmentAdmin() ? null : user.branchCodes();
    }

    private String text(String key, Object... parameters) {
        return translations.getTranslation(key, FRENCH, parameters);
    }
}
