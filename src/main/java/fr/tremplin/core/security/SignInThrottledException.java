package fr.tremplin.core.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused before its password was checked: too many tries lately from that address or on that account. */
class SignInThrottledException extends AuthenticationException {

    private final long waitSeconds;

    SignInThrottledException(Duration wait) {
        super("Too many sign-in tries: wait " + seconds(wait) + " s");
        this.waitSeconds = seconds(wait);
    }

    long waitSeconds() {
        return waitSeconds;
    }

    /** Whole seconds, rounded up: "wait 0 seconds" would be a lie. */
    static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
