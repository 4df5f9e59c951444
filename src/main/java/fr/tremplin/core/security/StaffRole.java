package fr.tremplin.core.security;

/**
 * What a staff user may do. A department admin covers every branch; the two others act only on the branches
 * they are assigned to (table staff_user_branch).
 */
public enum StaffRole {
    /** Everything, for all branches: catalogue, taxonomy, staff users, configuration export. */
    DEPARTMENT_ADMIN,
    /** Its branches: settings, kiosks, offers, and the librarians of those branches. */
    BRANCH_ADMIN,
    /** Its branches, read only in the admin screens. */
    LIBRARIAN,
    /** An insertion partner: its own page only (referral slips, a guide, its own counts); no branch, no staff data. */
    PARTNER;

    /** The Spring Security role name, as {@code @RolesAllowed} expects it. */
    public String authority() {
        return "ROLE_" + name();
    }
}
