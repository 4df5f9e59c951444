package fr.tremplin.workshop;

import fr.tremplin.core.i18n.Language;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A workshop as a librarian plans it.
 *
 * @param startsAt on the branch's clock
 * @param needCode the theme (a top-level need), or null
 * @param resourceCodes the resources it presents, in order
 * @param partnerCode the insertion partner whose group it is for, or null
 */
public record WorkshopPlan(String branchCode, String title, String needCode, List<String> resourceCodes,
        LocalDateTime startsAt, int seats, Language language, String partnerCode) {

    public static final int TITLE_MAX = 200;
    public static final int SEATS_MAX = 100;

    public WorkshopPlan {
        resourceCodes = resourceCodes == null ? List.of() : List.copyOf(resourceCodes);
    }
}
