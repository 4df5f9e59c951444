package fr.tremplin.admin;

import fr.tremplin.core.security.StaffRole;
import java.time.LocalDateTime;
import java.util.Set;

/** A staff account as the staff users screen lists it: never its password or hash. */
public record StaffAccount(long id, String username, String displayName, StaffRole role, Set<String> branchCodes,
        boolean disabled, LocalDateTime lockedUntil, LocalDateTime lastSignInAt, int version, String partnerCode) {

    public StaffAccount(long id, String username, String displayName, StaffRole role, Set<String> branchCodes,
            boolean disabled, LocalDateTime lockedUntil, LocalDateTime lastSignInAt, int version) {
        this(id, username, displayName, role, branchCodes, disabled, lockedUntil, lastSignInAt, version, null);
    }

    public StaffAccount {
        branchCodes = Set.copyOf(branchCodes);
    }

    /** What the audit log keeps of it. */
    StaffAccountForm form() {
        return new StaffAccountForm(username, displayName, role, branchCodes);
    }
}
