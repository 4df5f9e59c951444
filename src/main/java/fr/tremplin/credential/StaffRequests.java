package fr.tremplin.credential;

import fr.tremplin.core.audit.AuditLog;
import fr.tremplin.core.db.jooq.enums.StaffRequestState;
import fr.tremplin.core.domain.SessionKeys;
import fr.tremplin.core.live.LiveSignals;
import fr.tremplin.core.live.LiveTopics;
import fr.tremplin.core.security.StaffAccess;
import fr.tremplin.core.security.StaffUser;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for a personal publisher account (STAFF_ACCOUNT): the patron gets a four-digit ticket number, unique
 * among the branch's open requests, and shows it at the desk; the branch's staff see the open tickets and close
 * them. Nothing about the patron is asked or kept.
 */
@Service
public class StaffRequests {

    private static final int TICKETS = 9000;

    private final StaffRequestDao dao;
    private final StaffAccess access;
    private final AuditLog audit;
    private final Clock clock;
    private final LiveSignals signals;
    private final SecureRandom random = new SecureRandom();

    StaffRequests(StaffRequestDao dao, StaffAccess access, AuditLog audit, Clock clock, LiveSignals signals) {
        this.signals = signals;
        this.dao = dao;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param patronSessionId the stored session of the patron, or null
     * @return the ticket number
     */
    @Transactional
    public String file(String branchCode, String resourceCode, UUID patronSessionId) {
        Long branchId = dao.lockBranch(branchCode);
        Long resourceId = dao.resourceId(resourceCode);
        if (branchId == null || resourceId == null) {
            throw new IllegalArgumentException("No branch " + branchCode + " or resource " + resourceCode);
        }
        Set<String> taken = dao.openTickets(branchId);
        if (taken.size() >= TICKETS) {
            throw new IllegalStateException("Branch " + branchCode + " has " + taken.size() + " open requests");
        }
        String ticket;
        do {
            ticket = String.valueOf(1000 + random.nextInt(TICKETS));
        } while (taken.contains(ticket));
        dao.insert(branchId, resourceId, ticket, patronSessionId == null ? null : SessionKeys.bytes(patronSessionId),
                LocalDateTime.now(clock));
        signals.publishAfterCommit(LiveTopics.desk(branchCode));
        return ticket;
    }

    /** The open requests of the branches the current user sees, oldest first. */
    @Transactional(readOnly = true)
    public List<StaffRequest> open() {
        StaffUser user = access.current();
        return dao.open(user.isDepartmentAdmin() ? null : user.branchCodes());
    }

    /** The open requests of one branch the current user sees, oldest first. */
    @Transactional(readOnly = true)
    public List<StaffRequest> open(String branchCode) {
        access.requireSees(branchCode);
        return dao.open(Set.of(branchCode));
    }

    /**
     * @param done true when the account was created and handed over, false when the request is cancelled
     * @return false when it was already closed
     */
    @Transactional
    public boolean close(long requestId, boolean done) {
        String branchCode = dao.branchOf(requestId);
        if (branchCode == null) {
            return false;
        }
        StaffUser user = access.requireSees(branchCode);
        StaffRequestState state = done ? StaffRequestState.DONE : StaffRequestState.CANCELLED;
        boolean closed = dao.close(requestId, state, user.id(), LocalDateTime.now(clock));
        if (closed) {
            audit.record("STAFF_REQUEST_CLOSED", "staff_request", String.valueOf(requestId), branchCode, null,
                    Map.of("state", state.name()));
            signals.publishAfterCommit(LiveTopics.desk(branchCode));
        }
        return closed;
    }
}
