package fr.tremplin.core.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Whether a staff session still holds: its account is enabled and its password is the one it signed in with. Read
 * from the database, the one store every node shares, so a password set on one node ends the sessions held by
 * every other node; each node trusts what it read for {@link #RECHECK} at most.
 */
@Service
public class StaffSessions {

    /** How late another node may notice a new password or a disabled account. */
    static final Duration RECHECK = Duration.ofSeconds(2);

    private final StaffAccountDao accounts;
    private final Cache<StaffPrincipal, Boolean> holds = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(RECHECK).build();

    StaffSessions(StaffAccountDao accounts) {
        this.accounts = accounts;
    }

    boolean holds(StaffPrincipal principal) {
        return holds.get(principal, p -> accounts.sessionHolds(p.id(), p.passwordChangedAt()));
    }

    /**
     * A new password was stored for this account (once the transaction commits): every session of it ends at its
     * next request, on this node at once, except the current session when it is the account's own (the user just
     * gave the old password).
     */
    public void passwordChanged(long staffUserId, LocalDateTime passwordChangedAt) {
        Runnable apply = () -> {
            holds.asMap().keySet().removeIf(principal -> principal.id() == staffUserId);
            keepCurrentSession(staffUserId, passwordChangedAt);
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    apply.run();
                }
            });
        } else {
            apply.run();
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
