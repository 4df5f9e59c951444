package fr.tremplin.core.security;

import fr.tremplin.core.db.jooq.tables.records.StaffUserRecord;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a staff sign-in against the database: a disabled account never signs in; {@code maxFailedSignIns}
 * wrong passwords in a row lock the account for {@code lockDuration}, during which even the right password is
 * refused. The account row is locked while it is checked, so parallel attempts count one by one.
 */
@Component
class StaffAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(StaffAuthenticationProvider.class);

    private final StaffAccountDao accounts;
    private final PasswordEncoder encoder;
    private final StaffSecurityProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    /** Compared against when the username is unknown, so that the answer takes as long either way. */
    private final String dummyHash;

    StaffAuthenticationProvider(StaffAccountDao accounts, PasswordEncoder encoder, StaffSecurityProperties properties,
            TransactionTemplate transaction, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
        this.dummyHash = encoder.encode(Passwords.generate());
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName() == null ? "" : authentication.getName().strip();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        Outcome outcome = transaction.execute(status -> check(username, password));
        return switch (outcome.result()) {
            case SIGNED_IN -> {
                StaffUserRecord user = outcome.user().orElseThrow();
                log.info("Staff user {} signed in", user.getUsername());
                yield UsernamePasswordAuthenticationToken.authenticated(
                        new StaffPrincipal(user.getId(), user.getUsername()), null,
                        List.of(new SimpleGrantedAuthority("ROLE_" + user.getRole().getLiteral())));
            }
            case LOCKED -> throw new LockedException("locked");
            case DISABLED -> throw new DisabledException("disabled");
            case WRONG -> throw new BadCredentialsException("bad credentials");
        };
    }

    private Outcome check(String username, String password) {
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<StaffUserRecord> found = username.isEmpty() ? Optional.empty()
                : accounts.findByUsernameForUpdate(username);
        if (found.isEmpty()) {
            encoder.matches(password, dummyHash);
            return new Outcome(Result.WRONG, Optional.empty());
        }
        StaffUserRecord user = found.get();
        if (user.getLockedUntil() != null && user.getLockedUntil().isAfter(now)) {
            return new Outcome(Result.LOCKED, found);
        }
        if (!encoder.matches(password, user.getPasswordHash())) {
            int failures = user.getFailedSignIns() + 1;
            if (failures >= properties.maxFailedSignIns()) {
                user.setFailedSignIns(0).setLockedUntil(now.plus(properties.lockDuration()));
                log.warn("Staff user {} locked for {} after {} failed sign-ins", user.getUsername(),
                        properties.lockDuration(), failures);
            } else {
                user.setFailedSignIns(failures);
            }
            user.store();
            return new Outcome(user.getLockedUntil() != null && user.getLockedUntil().isAfter(now) ? Result.LOCKED
                    : Result.WRONG, found);
        }
        if (user.getDisabledAt() != null) {
            return new Outcome(Result.DISABLED, found);
        }
        user.setFailedSignIns(0).setLockedUntil(null).setLastSignInAt(now).store();
        return new Outcome(Result.SIGNED_IN, found);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private enum Result { SIGNED_IN, WRONG, LOCKED, DISABLED }

    private record Outcome(Result result, Optional<StaffUserRecord> user) {
    }
}
