package fr.tremplin.desk;

import fr.tremplin.credential.PoolStock;
import fr.tremplin.credential.StaffBranch;
import fr.tremplin.credential.StaffRequest;
import fr.tremplin.kiosk.HelpCall;
import fr.tremplin.kiosk.KioskPresence.KioskStatus;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What a branch's desk shows at one moment.
 *
 * @param now the time in the clock the calls' times are stored in (UTC), for "urgent" and "waiting for"
 */
public record DeskBoard(StaffBranch branch, LocalDateTime now, List<HelpCall> calls, List<KioskStatus> kiosks,
        List<StaffRequest> requests, List<PoolStock> stock) {

    public long openCalls() {
        return calls.stream().filter(HelpCall::open).count();
    }

    public long urgentCalls() {
        return calls.stream().filter(c -> c.urgent(now)).count();
    }

    public List<PoolStock> lowStock() {
        return stock.stream().filter(PoolStock::low).toList();
    }
}
