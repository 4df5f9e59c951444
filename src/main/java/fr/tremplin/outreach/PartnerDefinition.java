package fr.tremplin.outreach;

/**
 * An insertion partner as kiosk-config/partners.yml describes it.
 *
 * @param code printed in the QR codes of its referral slips ({@code ?ref=CODE}); never changes
 * @param branchCode the branch it works with, or null for the whole department
 */
public record PartnerDefinition(String code, String name, PartnerKind kind, String branchCode, String territory) {
}
