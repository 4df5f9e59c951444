package fr.tremplin.core.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is acting, and what they may do: every admin service asks here before it reads or writes, so the scoping of
 * roles to branches holds whatever screen (or none) calls the service. Role, branches, the disabled flag and the
 * password the session signed in with are checked fresh in the database each time.
 */
@Service
public class StaffAccess {

    private final StaffAccountDao accounts;

    StaffAccess(StaffAccountDao accounts) {
        this.accounts = accounts;
    }

    /** The signed-in staff user, if any, not disabled meanwhile and with the password it signed in with. */
    @Transactional(readOnly = true)
    public Optional<StaffUser> currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof StaffPrincipal principal)) {
            return Optional.empty();
        }
        return accounts.findSignedIn(principal.id(), principal.passwordChangedAt());
    }

    /** @throws AccessDeniedException when no enabled staff user is signed in */
    @Transactional(readOnly = true)
    public StaffUser current() {
        return currentUser().orElseThrow(() -> new AccessDeniedException("No staff user is signed in"));
    }

    /** @throws AccessDeniedException unless the current user has one of these roles */
    @Transactional(readOnly = true)
    public StaffUser requireRole(StaffRole... roles) {
        StaffUser user = current();
        for (StaffRole role : roles) {
            if (user.role() == role) {
                return user;
            }
        }
        throw new AccessDeniedException(user.username() + " (" + user.role() + ") may not do this");
    }

    /** @throws AccessDeniedException unless the current user may read what belongs to the branch */
    @Transactional(readOnly = true)
    public StaffUser requireSees(String branchCode) {
        StaffUser user = current();
        if (!user.sees(branchCode)) {
            throw new AccessDeniedException(user.username() + " may not see branch " + branchCode);
        }
        return user;
    }

    /** @throws AccessDeniedException unless the current user may change what belongs to the branch */
    @Transactional(readOnly = true)
    public StaffUser requireManages(String branchCode) {
        StaffUser user = current();
        if (!user.manages(branchCode)) {
            throw new AccessDeniedException(user.username() + " may not change branch " + branchCode);
        }
        return user;
    }
}
