package fr.tremplin.core.security;

import java.util.Set;

/** A staff user as the services check it: role and the branches (codes) the role applies to. */
public record StaffUser(long id, String username, String displayName, StaffRole role, Set<String> branchCodes) {

    public StaffUser {
        branchCodes = Set.copyOf(branchCodes);
    }

    public boolean isDepartmentAdmin() {
        return role == StaffRole.DEPARTMENT_ADMIN;
    }

    /** May read what belongs to this branch. */
    public boolean sees(String branchCode) {
        return isDepartmentAdmin() || role != StaffRole.PARTNER && branchCodes.contains(branchCode);
    }

    /** May change what belongs to this branch (settings, kiosks, offers). */
    public boolean manages(String branchCode) {
        return isDepartmentAdmin() || role == StaffRole.BRANCH_ADMIN && branchCodes.contains(branchCode);
    }

    public String shownName() {
        return displayName == null || displayName.isBlank() ? username : displayName;
    }
}
