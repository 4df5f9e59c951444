package fr.tremplin.core.audit;

import fr.tremplin.core.security.StaffAccess;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.core.security.StaffUser;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * The audit log of staff changes: who, when, what, before and after. Written in the transaction of the change
 * itself, so a change is never stored without its entry. Callers pass read models without secrets (no password,
 * hash or kiosk token ever reaches this class).
 */
@Service
public class AuditLog {

    private static final int MAX_ENTRIES_SHOWN = 500;

    private final AuditDao dao;
    private final StaffAccess access;
    private final ObjectMapper json;
    private final Clock clock;

    AuditLog(AuditDao dao, StaffAccess access, ObjectMapper json, Clock clock) {
        this.dao = dao;
        this.access = access;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param branchCode the branch concerned, or null for department-wide data (catalogue, taxonomy)
     * @param before the state before the change (null for a creation)
     * @param after the state after it (null for an action without a state, such as a password reset)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, String entityKey, String branchCode, Object before,
            Object after) {
        StaffUser user = access.current();
        dao.insert(user.id(), user.username(), LocalDateTime.now(clock), action, entityType, entityKey, branchCode,
                toJson(before), toJson(after));
    }

    /** The latest entries the current user may read: all for a department admin, their branches' for a branch admin. */
    @Transactional(readOnly = true)
    public List<AuditEntry> recent() {
        StaffUser user = access.requireRole(StaffRole.DEPARTMENT_ADMIN, StaffRole.BRANCH_ADMIN);
        return dao.recent(user.isDepartmentAdmin() ? null : user.branchCodes(), MAX_ENTRIES_SHOWN);
    }

    private String toJson(Object state) {
        if (state == null) {
            return null;
        }
        try {
            return json.writeValueAsString(state);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("Cannot write the audit state of " + state.getClass(), e);
        }
    }
}
