package fr.tremplin.core.security;

import java.time.LocalDateTime;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Whether a staff session still holds: its account is enabled and its password is the one it signed in with. Read
 * from the database, the one store every node shares, on every request of a signed-in staff user (a primary-key
 * lookup): a password set on one node ends the sessions held by every other node at their next request. Not
 * cached: a cache could keep a read taken just before the new password's commit.
 */
@Service
public class StaffSessions {

    private final StaffAccountDao accounts;

    StaffSessions(StaffAccountDao accounts) {
        this.accounts = accounts;
    }

    boolean holds(StaffPrincipal principal) {
        return accounts.sessionHolds(principal.id(), principal.passwordChangedAt());
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
    private static void keepCurrentSession(long staffUserId, LocalDateTime passwordChangedAt) {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication current = context.getAuthentication();
        if (current != null && current.getPrincipal() instanceof StaffPrincipal principal
                && principal.id() == staffUserId) {
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    principal.withPasswordChangedAt(passwordChangedAt), null, current.getAuthorities()));
        }
    }
}
