package fr.tremplin.holdings;

import fr.tremplin.core.audit.AuditLog;
import fr.tremplin.core.domain.InvalidInputException;
import fr.tremplin.core.live.LiveSignals;
import fr.tremplin.core.live.LiveTopics;
import fr.tremplin.core.security.StaffAccess;
import fr.tremplin.core.security.StaffRole;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library system's codes seen in imports and the branch each stands for. A code that matches no branch still
 * brings its records in (staff find them); a department admin maps it here, and no re-import is needed.
 */
@Service
public class HoldingLibraries {

    private final HoldingLibrariesDao dao;
    private final StaffAccess access;
    private final AuditLog audit;
    private final LiveSignals signals;

    HoldingLibraries(HoldingLibrariesDao dao, StaffAccess access, AuditLog audit, LiveSignals signals) {
        this.dao = dao;
        this.access = access;
        this.audit = audit;
        this.signals = signals;
    }

    /** Every code, the unmapped ones first; any staff role but partners may read them. */
    @Transactional(readOnly = true)
    public List<LibraryCode> codes() {
        requireStaff();
        return dao.codes();
    }

    /** The branches a code may be mapped to. */
    @Transactional(readOnly = true)
    public List<HoldingBranch> branches() {
        requireStaff();
        return dao.branches();
    }

    /**
     * Maps the code to a branch (null: to none). Every node's search index reads the copies again afterwards.
     *
     * @throws InvalidInputException for an unknown code or branch
     */
    @Transactional
    public LibraryCode map(String code, String branchCode) {
        access.requireRole(StaffRole.DEPARTMENT_ADMIN);
        LibraryCode before = dao.code(code)
                .orElseThrow(() -> new InvalidInputException("code", "staff.holdings.libraries.unknown", code));
        Long branchId = branchCode == null ? null : dao.branchId(branchCode)
                .orElseThrow(() -> new InvalidInputException("branch", "staff.holdings.libraries.unknown-branch",
                        branchCode));
        dao.map(code, branchId);
        LibraryCode after = dao.code(code).orElseThrow();
        audit.record("HOLDING_LIBRARY_MAPPED", "holding_library", code, branchCode, before, after);
        signals.publishAfterCommit(LiveTopics.HOLDINGS);
        return after;
    }

    private void requireStaff() {
        access.requireRole(StaffRole.DEPARTMENT_ADMIN, StaffRole.BRANCH_ADMIN, StaffRole.LIBRARIAN);
    }
}
