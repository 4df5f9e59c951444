package fr.tremplin.outreach;

import java.util.List;

/**
 * What a signed-in partner sees of itself.
 *
 * @param branchCodes the branches its slips may send people to: its own, or every branch for a department-wide one
 */
public record PartnerPage(String code, String name, PartnerKind kind, String territory, List<String> branchCodes) {
}
