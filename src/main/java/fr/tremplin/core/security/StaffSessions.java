package fr.tremplin.core.security;

import java.time.LocalDateTime;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Whether a staff session still holds: its account is enabled and its password is the one it signed in with. Read
 * from the database, the one store every node shares, on every request of a signed-in staff user (a primary-key
 * lookup, not cached): a password set on one node ends the sessions held by every other node at their next request.
 */
@Service
public class StaffSessions {

    private final StaffAccountDao accounts;
    /**
     * The strategy bean Spring Security's filters use, not the static holder: another application context in the
     * same JVM (tests start some) replaces the static one with its own.
     */
    private final SecurityContextHolderStrategy contexts;

    StaffSessions(StaffAccountDao accounts, SecurityContextHolderStrategy contexts) {
        this.accounts = accounts;
        this.contexts = contexts;
    }

    /** False when a staff user is signed in on this request whose session no longer holds. */
    boolean currentHolds() {
        Authentication authentication = contexts.getContext().getAuthentication();
        return authentication == null || !(authentication.getPrincipal() instanceof StaffPrincipal staff)
                || accounts.sessionHolds(staff.id(), staff.passwordChangedAt());
    }

    void signOutCurrent() {
        contexts.clearContext();
    }

    /**
     * A new password was stored for this account: every session of it ends at its next request, except the current
     * session when it is the account's own (the user just gave the old password), which takes the new value on
     * once the transaction commits.
     */
    public void passwordChanged(long staffUserId, LocalDateTime passwordChangedAt) {
        Runnable keep = () -> keepCurrentSession(staffUserId, passwordChangedAt);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    keep.run();
                }
            });
        } else {
            keep.run();
        }
    }

    /** The context object is the one kept in the HTTP session, so the session carries the new value on. */
    private void keepCurrentSession(long staffUserId, LocalDateTime passwordChangedAt) {
        SecurityContext context = contexts.getContext();
        Authentication current = context.getAuthentication();
        if (current != null && current.getPrincipal() instanceof StaffPrincipal principal
                && principal.id() == staffUserId) {
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    principal.withPasswordChangedAt(passwordChangedAt), null, current.getAuthorities()));
        }
    }
}
