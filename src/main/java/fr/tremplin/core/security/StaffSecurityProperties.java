package fr.tremplin.core.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param sessionTimeout a staff session ends after this long without any action (heartbeats do not count)
 * @param maxFailedSignIns failed sign-ins in a row that lock an account
 * @param lockDuration how long a locked account stays locked
 */
@ConfigurationProperties("tremplin.staff")
public record StaffSecurityProperties(Duration sessionTimeout, Integer maxFailedSignIns, Duration lockDuration) {

    public StaffSecurityProperties {
        sessionTimeout = sessionTimeout == null ? Duration.ofMinutes(30) : sessionTimeout;
        maxFailedSignIns = maxFailedSignIns == null ? 5 : maxFailedSignIns;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
    }
}
