package fr.tremplin.catalogue;

import fr.tremplin.core.domain.AccessMode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A resource as one branch offers it. {@code accessModeOverride} is set where the branch's access differs from
 * the resource's usual one (for instance, the branch bought a pool of codes).
 */
public record OfferDefinition(
        String branchCode, boolean enabled, Integer licencesBought, BigDecimal yearlyCost,
        AccessMode accessModeOverride) {

    public OfferDefinition {
        // DECIMAL(10, 2) in the database: compare costs at that scale.
        yearlyCost = yearlyCost == null ? null : yearlyCost.setScale(2, RoundingMode.HALF_UP);
    }
}
