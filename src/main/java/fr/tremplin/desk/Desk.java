package fr.tremplin.desk;

import fr.tremplin.credential.CredentialPools;
import fr.tremplin.credential.StaffBranch;
import fr.tremplin.credential.StaffRequests;
import fr.tremplin.kiosk.HelpCallService;
import fr.tremplin.kiosk.KioskPresence;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The librarians' desk of one branch: its kiosks (in use, idle, offline), the calls for a librarian, the requests
 * for a personal account, and today's stock of access codes. Read from the database each time, so that every node's
 * desks show the same thing; each feature checks that the user sees the branch.
 */
@Service
public class Desk {

    private final HelpCallService calls;
    private final KioskPresence kiosks;
    private final StaffRequests requests;
    private final CredentialPools pools;
    private final Clock clock;

    Desk(HelpCallService calls, KioskPresence kiosks, StaffRequests requests, CredentialPools pools, Clock clock) {
        this.calls = calls;
        this.kiosks = kiosks;
        this.requests = requests;
        this.pools = pools;
        this.clock = clock;
    }

    /** The branches the current user sees, in order. */
    public List<StaffBranch> branches() {
        return pools.branches();
    }

    public DeskBoard board(StaffBranch branch) {
        LocalDateTime now = LocalDateTime.now(clock);
        return new DeskBoard(branch, now, calls.onDesk(branch.code()), kiosks.statuses(branch.code()),
                requests.open(branch.code()),
                pools.stock(branch.code()));
    }

    /** A librarian takes a call; false if a colleague already had. */
    public boolean take(long callId) {
        return calls.take(callId);
    }

    public boolean close(long callId) {
        return calls.close(callId);
    }
}
