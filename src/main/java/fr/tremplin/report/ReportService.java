package fr.tremplin.report;

import static fr.tremplin.core.db.jooq.Tables.PATRON_SESSION;

import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.i18n.TranslationProvider;
import fr.tremplin.core.security.StaffAccess;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.core.security.StaffUser;
import fr.tremplin.report.FigureTable.FigureRow;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.jooq.Field;
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

    private final ReportQueries queries;
    private final StaffAccess access;
    private final TranslationProvider translations;

    ReportService(ReportQueries queries, StaffAccess access, TranslationProvider translations) {
        this.queries = queries;
        this.access = access;
        this.translations = translations;
    }

    /** The tables of the report, hidden cells already hidden. */
    @Transactional(readOnly = true)
    public List<ShownTable> report(ReportPeriod period) {
        return figures(period).stream().map(Suppression::apply).toList();
    }

    /** The branches whose report the user may read: code and name. */
    @Transactional(readOnly = true)
    public java.util.Map<String, String> branches() {
        return queries.branchNames(branches(null));
    }

    /** This month at a glance for the user's branches: sessions, accesses taken, calls (as shown: "< 5"…). */
    @Transactional(readOnly = true)
    public Glance thisMonth(java.time.Clock clock) {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        ReportPeriod month = new ReportPeriod(today.withDayOfMonth(1), today, null);
        Collection<String> branches = branches(null);
        // Only the three tables the glance reads: this runs on every visit of the staff home page.
        List<ShownTable> tables = java.util.stream.Stream.of(sessions("sessions-by-month", ReportQueries.startMonth(),
                        branches, month, true, Function.identity()), resources(month, branches),
                        helpCalls(month, branches)).map(Suppression::apply).toList();
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
    @Transactional(readOnly = true)
    public byte[] csv(ReportPeriod period) {
        String title = text("staff.report.csv.title", period.from(), period.to(),
                period.branchCode() == null ? text("staff.report.all-branches") : period.branchCode());
        return ReportCsv.write(report(period), key -> text(key), title);
    }

    List<FigureTable> figures(ReportPeriod period) {
        Collection<String> branches = branches(period.branchCode());
        var from = period.from();
        var to = period.to();
        return List.of(
                sessions("sessions-by-month", ReportQueries.startMonth(), branches, period, true, Function.identity()),
                sessions("sessions-by-branch", ReportQueries.branchName(), branches, period, false,
                        Function.identity()),
                sessions("sessions-by-audience", PATRON_SESSION.AUDIENCE.cast(String.class), branches, period, false,
                        code -> code.isEmpty() ? text("staff.report.none") : text("staff.report.audience." + code)),
                sessions("sessions-by-need", ReportQueries.needLabel(), branches, period, false,
                        label -> label.isEmpty() ? text("staff.report.none") : label),
                sessions("sessions-by-language", PATRON_SESSION.UI_LOCALE.cast(String.class), branches, period,
                        false, code -> Language.fromCode(code).map(Language::nativeName).orElse(code)),
                sessions("sessions-by-level", PATRON_SESSION.LANGUAGE_LEVEL.cast(String.class), branches, period,
                        true, code -> code.isEmpty() ? text("staff.report.none") : code),
                sessions("sessions-by-level-source", PATRON_SESSION.LEVEL_SOURCE.cast(String.class), branches,
                        period, false, code -> code.isEmpty() ? text("staff.report.none")
                                : text("staff.report.level-source." + code)),
                sessions("sessions-by-entry", PATRON_SESSION.ENTRY.cast(String.class), branches, period, false,
                        code -> text("staff.report.entry." + code)),
                sessions("sessions-by-partner", ReportQueries.partnerName(), branches, period, false,
                        label -> label.isEmpty() ? text("staff.report.no-partner") : label),
                resources(period, branches),
                helpCalls(period, branches),
                new FigureTable("satisfaction", "staff.report.satisfaction", List.of("staff.report.answers"),
                        List.of(true), queries.satisfaction(from, to, branches).stream().map(r -> new FigureRow(
                                text("staff.report.face." + r.label()), r.values())).toList(), true));
    }

    private FigureTable resources(ReportPeriod period, Collection<String> branches) {
        return new FigureTable("resources", "staff.report.resources", List.of("staff.report.opened",
                "staff.report.taken", "staff.report.issued", "staff.report.licences"),
                List.of(true, true, true, false), queries.resources(period.from(), period.to(), branches), true);
    }

    private FigureTable helpCalls(ReportPeriod period, Collection<String> branches) {
        return new FigureTable("help-calls", "staff.report.help-calls", List.of("staff.report.calls",
                "staff.report.calls-answered"), List.of(true, true),
                queries.helpCalls(period.from(), period.to(), branches).stream().map(r -> new FigureRow(
                        text("staff.report.help-calls.row"), r.values())).toList(), false);
    }

    private FigureTable sessions(String id, Field<String> by, Collection<String> branches, ReportPeriod period,
            boolean byLabel, Function<String, String> label) {
        List<FigureRow> rows = queries.sessionsBy(by, period.from(), period.to(), branches, byLabel).stream()
                .map(r -> new FigureRow(label.apply(r.label()), r.values())).toList();
        return new FigureTable(id, "staff.report." + id, List.of("staff.report.sessions"), List.of(true), rows, true);
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
