package fr.tremplin.catalogue;

import fr.tremplin.core.domain.AccessMode;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One resource of the catalogue as a branch's offers screen shows it.
 *
 * @param enabled whether the branch's kiosks show it (false also when the branch has no offer of it yet)
 * @param version the offer's version, null while the branch has no offer of the resource
 */
public record OfferLine(String resourceCode, String title, String publisher, AccessMode accessMode, boolean enabled,
        Integer licencesBought, BigDecimal yearlyCost, AccessMode accessModeOverride, Integer version,
        LocalDateTime staffEditedAt) {

    public OfferDefinition definition(String branchCode) {
        return new OfferDefinition(branchCode, enabled, licencesBought, yearlyCost, accessModeOverride);
    }
}
