package fr.tremplin.kiosk;

import fr.tremplin.catalogue.ResourceCard;
import java.util.List;

/**
 * A resource with what the ranking found: whether it fits the patron, its score and the reasons shown to them.
 *
 * @param fits false for a "closest one" shown when nothing fits
 */
public record RankedResource(ResourceCard resource, boolean fits, int score, List<FitReason> reasons) {

    public RankedResource {
        reasons = List.copyOf(reasons);
    }
}
