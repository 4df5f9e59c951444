package fr.tremplin.report;

import fr.tremplin.core.audit.AuditLog;
import fr.tremplin.core.domain.InvalidInputException;
import fr.tremplin.core.security.StaffAccess;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.core.security.StaffUser;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The qualitative part of the report: short notes per branch and month, written by the branch's staff (librarians
 * included) and shown next to the figures. The screen reminds writers to name no patron.
 */
@Service
public class ReportNotes {

    public static final int MAX_LENGTH = 2000;

    private final ReportNoteDao dao;
    private final StaffAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ReportNotes(ReportNoteDao dao, StaffAccess access, AuditLog audit, Clock clock) {
        this.dao = dao;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The notes of the months of the period, at one branch or at every branch the user sees. */
    @Transactional(readOnly = true)
    public List<ReportNote> notes(ReportPeriod period) {
        StaffUser user = reader();
        Set<String> branches;
        if (period.branchCode() != null) {
            if (!user.sees(period.branchCode())) {
                throw new AccessDeniedException(user.username() + " may not read branch " + period.branchCode());
            }
            branches = Set.of(period.branchCode());
        } else {
            branches = user.isDepartmentAdmin() ? null : user.branchCodes();
        }
        return dao.notes(YearMonth.from(period.from()), YearMonth.from(period.to()), branches);
    }

    /** Writes (or, with an empty text, removes) the note of a branch for a month. */
    @Transactional
    public void write(String branchCode, YearMonth month, String body) {
        StaffUser user = reader();
        if (branchCode == null || !user.sees(branchCode)) {
            throw new AccessDeniedException(user.username() + " may not write notes of branch " + branchCode);
        }
        String text = body == null || body.isBlank() ? null : body.strip();
        if (text != null && text.length() > MAX_LENGTH) {
            throw new InvalidInputException("body", "staff.validation.too-long", MAX_LENGTH);
        }
        dao.write(branchCode, month, text, user.username(), LocalDateTime.now(clock));
        audit.record(text == null ? "REPORT_NOTE_REMOVED" : "REPORT_NOTE_WRITTEN", "report_note",
                branchCode + "/" + month, branchCode, null, text == null ? null : Map.of("length", text.length()));
    }

    private StaffUser reader() {
        return access.requireRole(StaffRole.DEPARTMENT_ADMIN, StaffRole.BRANCH_ADMIN, StaffRole.LIBRARIAN);
    }
}
