package fr.tremplin.admin;

import fr.tremplin.core.security.StaffRole;
import java.util.Set;

/**
 * What an admin fills in for a staff account. A department admin has no branches: it covers them all. A partner
 * has no branch either, only its partner (by code).
 */
public record StaffAccountForm(String username, String displayName, StaffRole role, Set<String> branchCodes,
        String partnerCode) {

    public StaffAccountForm(String username, String displayName, StaffRole role, Set<String> branchCodes) {
        this(username, displayName, role, branchCodes, null);
    }

    public static final String USERNAME_PATTERN = "[a-z0-9._-]{2,80}";

    public StaffAccountForm {
        branchCodes = branchCodes == null || role == StaffRole.DEPARTMENT_ADMIN || role == StaffRole.PARTNER ? Set.of()
                : Set.copyOf(branchCodes);
        partnerCode = role == StaffRole.PARTNER && partnerCode != null && !partnerCode.isBlank() ? partnerCode.strip()
                : null;
        username = username == null ? null : username.strip();
        displayName = displayName == null || displayName.isBlank() ? null : displayName.strip();
    }
}
