package fr.tremplin.core.security;

import fr.tremplin.core.db.TransientRetry;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a username and password against the database and applies the lockout: {@code maxFailedSignIns} wrong
 * passwords in a row lock the account for {@code lockDuration}, during which even the right password is refused;
 * a disabled account never signs in. BCrypt runs on a plain read, outside any transaction and lock (it takes
 * about a tenth of a second on purpose); only the outcome is recorded under the row lock, re-reading the counters,
 * so that parallel failures still count one by one.
 */
@Component
class PasswordSignIn {

    private static final Logger log = LoggerFactory.getLogger(PasswordSignIn.class);

    private final StaffAccountDao accounts;
    private final PasswordEncoder encoder;
    private final StaffSecurityProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final TransientRetry retry;
    /** Compared against when the username is unknown, so that the answer takes as long either way. */
    private final String dummyHash;

    PasswordSignIn(StaffAccountDao accounts, PasswordEncoder encoder, StaffSecurityProperties properties,
            TransactionTemplate transaction, Clock clock, TransientRetry retry) {
        this.retry = retry;
        this.accounts = accounts;
        this.encoder = encoder;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
        this.dummyHash = encoder.encode(Passwords.generate());
    }

    /**
     * @param username as {@link Usernames#normalize} gives it
     * @return the account signed in, or empty for any refusal: unknown, wrong password, locked or disabled alike
     */
    Optional<SignInAccount> attempt(String username, String password) {
        Optional<SignInAccount> seen = Usernames.mayExist(username) ? accounts.findForSignIn(username)
                : Optional.empty();
        // Checked even for a locked account, so that neither the answer nor its time tells a lock apart.
        boolean matches = encoder.matches(password, seen.map(SignInAccount::passwordHash).orElse(dummyHash));
        if (seen.isEmpty()) {
            return Optional.empty();
        }
        // On a deadlock or a failover the outcome is recorded again (at worst a wrong password counts twice).
        return retry.run("sign-in outcome", () -> transaction.execute(status -> record(seen.get(), matches)));
    }

    private Optional<SignInAccount> record(SignInAccount seen, boolean matches) {
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<SignInAccount> locked = accounts.lockForSignIn(seen.id());
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        SignInAccount user = locked.get();
        if (user.lockedAt(now) || !user.passwordHash().equals(seen.passwordHash())) {
            // Locked meanwhile, or a new password was set while this one was being checked: refused, not counted.
            return Optional.empty();
        }
        if (!matches) {
            int failures = user.failedSignIns() + 1;
            if (failures >= properties.maxFailedSignIns()) {
                accounts.recordFailure(user.id(), 0, now.plus(properties.lockDuration()));
                log.warn("Staff user {} locked for {} after {} failed sign-ins", user.username(),
                        properties.lockDuration(), failures);
            } else {
                accounts.recordFailure(user.id(), failures, user.lockedUntil());
            }
            return Optional.empty();
        }
        if (user.disabled()) {
            return Optional.empty();
        }
        accounts.recordSuccess(user.id(), now);
        return Optional.of(user);
    }
}
