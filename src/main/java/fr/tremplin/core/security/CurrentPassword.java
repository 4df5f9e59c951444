package fr.tremplin.core.security;

import fr.tremplin.core.domain.InvalidInputException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Asks the signed-in user for their current password before a change that would outlive the session (a new
 * password), so that a session left open on a shared PC is not enough to take the account over. Wrong tries go
 * through the account's sign-in throttle: the form cannot be used to guess the password faster than a sign-in.
 */
@Service
public class CurrentPassword {

    /** The field a refusal is about. */
    public static final String FIELD = "currentPassword";

    private final StaffAccountDao accounts;
    private final PasswordEncoder encoder;
    private final SignInThrottle throttle;

    CurrentPassword(StaffAccountDao accounts, PasswordEncoder encoder, SignInThrottle throttle) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.throttle = throttle;
    }

    /**
     * Runs BCrypt: call it outside any transaction.
     *
     * @throws InvalidInputException on {@link #FIELD} when the password is not the user's, or after too many
     *     wrong tries lately (saying how long to wait)
     */
    public void require(StaffUser user, String password) {
        String username = Usernames.normalize(user.username());
        Optional<Duration> wait = throttle.admitAccount(username);
        if (wait.isPresent()) {
            throw new InvalidInputException(FIELD, "staff.password.current-wait",
                    SignInThrottledException.seconds(wait.get()));
        }
        String hash = accounts.passwordHash(user.id()).orElseThrow();
        if (password == null || !encoder.matches(password, hash)) {
            throw new InvalidInputException(FIELD, "staff.password.current-wrong");
        }
        throttle.accountSucceeded(username);
    }
}
