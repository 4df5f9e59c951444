package fr.tremplin.workshop;

import fr.tremplin.core.i18n.Language;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A workshop as the staff screens and the kiosks read it.
 *
 * @param startsAt on the branch's clock
 * @param joinCode null until the librarian opens it, and again once closed
 * @param leadCount how many times the librarian said "follow me" (a kiosk follows each new one)
 * @param handOutResource the resource of the latest hand-out of credentials, or null
 * @param version grows with every change, so a kiosk can tell a newer state from an older one
 */
public record Workshop(long id, String branchCode, String title, String needCode, List<String> resourceCodes,
        LocalDateTime startsAt, int seats, Language language, String partnerCode, String partnerName,
        WorkshopStatus status, String joinCode, boolean leading, LeadTarget leadTarget, int leadCount,
        boolean locked, String handOutResource, int handOutCount, int version) {

    public Workshop {
        resourceCodes = List.copyOf(resourceCodes);
    }
}
