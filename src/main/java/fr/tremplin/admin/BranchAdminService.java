package fr.tremplin.admin;

import fr.tremplin.core.audit.AuditLog;
import fr.tremplin.core.domain.ConfigurationChanged;
import fr.tremplin.core.domain.InvalidInputException;
import fr.tremplin.core.domain.StaleEditException;
import fr.tremplin.core.security.StaffAccess;
import fr.tremplin.core.security.StaffUser;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The branches screen: each staff user sees the branches of their role, and changes those they manage. */
@Service
public class BranchAdminService {

    private final BranchDao dao;
    private final StaffAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BranchAdminService(BranchDao dao, StaffAccess access, AuditLog audit, ApplicationEventPublisher events,
            Clock clock) {
        this.dao = dao;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The active branches the current staff user may see, by name. */
    @Transactional(readOnly = true)
    public List<BranchSettings> visibleBranches() {
        StaffUser user = access.current();
        return dao.findActive().stream().filter(b -> user.sees(b.code())).toList();
    }

    /** The active branches the current staff user may change. */
    @Transactional(readOnly = true)
    public List<BranchSettings> managedBranches() {
        StaffUser user = access.current();
        return dao.findActive().stream().filter(b -> user.manages(b.code())).toList();
    }

    @Transactional(readOnly = true)
    public EditableBranch branch(String code) {
        access.requireSees(code);
        return dao.findEditable(code).orElseThrow(() -> new AccessDeniedException("No active branch " + code));
    }

    /**
     * Saves a staff edit of a branch's settings (its code stays). The branch is marked as edited by staff, so
     * loading kiosk-config leaves it alone until the files say the same.
     *
     * @throws StaleEditException when someone saved the branch since {@code expectedVersion}; nothing is written
     * @throws InvalidInputException naming the field at fault
     */
    @Transactional
    public EditableBranch update(BranchSettings changed, int expectedVersion) {
        StaffUser user = access.requireManages(changed.code());
        BranchRules.check(changed);
        EditableBranch before = branch(changed.code());
        if (!dao.updateByStaff(changed, expectedVersion, user.username(), LocalDateTime.now(clock))) {
            throw new StaleEditException("branch", changed.code());
        }
        EditableBranch after = branch(changed.code());
        audit.record("BRANCH_UPDATED", "branch", changed.code(), changed.code(), before.settings(), after.settings());
        events.publishEvent(new ConfigurationChanged("branch " + changed.code() + " edited by " + user.username()));
        return after;
    }
}
