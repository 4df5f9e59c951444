package fr.tremplin.core.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param sessionTimeout a staff session ends after this long without any action (heartbeats do not count)
 * @param maxFailedSignIns failed sign-ins in a row that lock an account
 * @param lockDuration how long a locked account stays locked
 * @param throttle the waits imposed before the password is even checked, per client address and per account
 */
@ConfigurationProperties("tremplin.staff")
public record StaffSecurityProperties(Duration sessionTimeout, Integer maxFailedSignIns, Duration lockDuration,
        Throttle throttle) {

    public StaffSecurityProperties {
        sessionTimeout = sessionTimeout == null ? Duration.ofMinutes(30) : sessionTimeout;
        maxFailedSignIns = maxFailedSignIns == null ? 5 : maxFailedSignIns;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
        throttle = throttle == null ? new Throttle(null, null) : throttle;
    }

    /**
     * @param address per client address: slow enough that one machine cannot re-lock an account as fast as its
     *     lock expires
     * @param account per username, whatever the address: shorter, since the real user waits too
     */
    public record Throttle(Backoff address, Backoff account) {

        public Throttle {
            address = address == null ? new Backoff(3, Duration.ofSeconds(15), Duration.ofMinutes(10),
                    Duration.ofHours(1)) : address;
            account = account == null ? new Backoff(3, Duration.ofSeconds(5), Duration.ofMinutes(1),
                    Duration.ofMinutes(15)) : account;
        }
    }

    /**
     * @param freeTries tries that need no wait; each further one doubles the wait
     * @param firstWait the wait after the free tries
     * @param maxWait the longest wait
     * @param forgetAfter tries are forgotten after this long without any
     */
    public record Backoff(int freeTries, Duration firstWait, Duration maxWait, Duration forgetAfter) {

        public Backoff {
            if (freeTries < 1 || firstWait.isNegative() || maxWait.compareTo(firstWait) < 0
                    || forgetAfter.compareTo(maxWait) < 0) {
                throw new IllegalArgumentException("tremplin.staff.throttle: need free-tries >= 1 and"
                        + " first-wait <= max-wait <= forget-after");
            }
        }
    }
}
