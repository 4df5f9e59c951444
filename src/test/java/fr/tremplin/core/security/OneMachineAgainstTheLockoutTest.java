package fr.tremplin.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tremplin.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The point of the throttle: one machine trying wrong passwords on {@code admin} for a day, as fast as the throttle
 * lets it, with the default numbers, against the lockout rule (5 in a row lock for 15 minutes, as
 * {@link PasswordSignIn} applies it). Whatever its tactic, the account is open most of the day, and after each lock
 * it stays open at least 20 minutes, long enough for the real admin to sign in (which resets the count).
 */
class OneMachineAgainstTheLockoutTest {

    private static final Duration DAY = Duration.ofDays(1);

    enum Tactic {
        /** Tries whenever the throttle admits it, locked or not. */
        AS_FAST_AS_ADMITTED,
        /** Waits for each lock to end, then tries as fast as admitted. */
        WAITS_OUT_EACH_LOCK,
        /** Stays quiet after each lock until its tries are forgotten, then bursts. */
        LETS_ITS_TRIES_BE_FORGOTTEN
    }

    @ParameterizedTest
    @EnumSource(Tactic.class)
    void oneMachineCannotKeepAnAccountLocked(Tactic tactic) {
        StaffSecurityProperties defaults = new StaffSecurityProperties(null, null, null, null);
        Instant start = Instant.parse("2026-03-02T00:00:00Z");
        MutableClock clock = new MutableClock(start);
        SignInThrottle throttle = new SignInThrottle(defaults, clock);
        int failures = 0;
        Instant lockedUntil = start;
        List<Instant[]> locks = new ArrayList<>();
        while (clock.instant().isBefore(start.plus(DAY))) {
            Instant now = clock.instant();
            if (tactic != Tactic.AS_FAST_AS_ADMITTED && now.isBefore(lockedUntil)) {
                clock.pass(Duration.between(now, lockedUntil).plus(tactic == Tactic.LETS_ITS_TRIES_BE_FORGOTTEN
                        ? defaults.throttle().address().forgetAfter() : Duration.ZERO));
                continue;
            }
            Optional<Duration> wait = throttle.admit("192.168.1.66", "admin");
            if (wait.isPresent()) {
                clock.pass(wait.get());
                continue;
            }
            if (!now.isBefore(lockedUntil) && ++failures >= defaults.maxFailedSignIns()) {
                failures = 0;
                lockedUntil = now.plus(defaults.lockDuration());
                locks.add(new Instant[] {now, lockedUntil});
            }
            clock.pass(Duration.ofMillis(100));
        }

        Duration locked = Duration.ZERO;
        for (int i = 0; i < locks.size(); i++) {
            locked = locked.plus(defaults.lockDuration());
            if (i > 0) {
                assertThat(Duration.between(locks.get(i - 1)[1], locks.get(i)[0]))
                        .as("open between lock %d and lock %d", i, i + 1)
                        .isGreaterThanOrEqualTo(Duration.ofMinutes(20));
            }
        }
        assertThat(locks).as("the machine does lock the account now and then").hasSizeGreaterThan(5);
        assertThat(locked.toMinutes()).as("minutes locked in a day").isLessThan(DAY.toMinutes() * 3 / 10);
    }
}
