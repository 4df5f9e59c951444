package fr.tremplin.kiosk;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A call for a librarian as the desk shows it: where (the kiosk's label, null for an unregistered kiosk) and when,
 * never anything of the patron's journey.
 *
 * @param takenBy the name of the librarian who took it, or null while nobody has
 */
public record HelpCall(long id, String branchCode, String kioskLabel, LocalDateTime calledAt, String takenBy,
        LocalDateTime takenAt) {

    public boolean open() {
        return takenBy == null;
    }

    /** Open for longer than {@link HelpCallService#URGENT_AFTER}. */
    public boolean urgent(LocalDateTime now) {
        return open() && Duration.between(calledAt, now).compareTo(HelpCallService.URGENT_AFTER) >= 0;
    }
}
