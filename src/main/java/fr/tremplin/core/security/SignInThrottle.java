package fr.tremplin.core.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Growing waits in front of the account lockout, per client address and per username, so that one machine cannot
 * keep re-locking an account as its lock expires. A try is counted when it is admitted, not when it fails: parallel
 * tries cannot all slip through before the first failure is known. Per node, in memory (README, "Staff sign-in").
 */
@Component
class SignInThrottle {

    private final TryLog addresses;
    private final TryLog accounts;

    SignInThrottle(StaffSecurityProperties properties, Clock clock) {
        this.addresses = new TryLog(properties.throttle().address(), clock);
        this.accounts = new TryLog(properties.throttle().account(), clock);
    }

    /** @return how long to wait if this try must be refused; empty when it is admitted (and counted) */
    synchronized Optional<Duration> admit(String address, String username) {
        String addressKey = addressKey(address);
        Duration wait = longer(addresses.wait(addressKey), accounts.wait(username));
        if (wait.isPositive()) {
            return Optional.of(wait);
        }
        addresses.add(addressKey);
        accounts.add(username);
        return Optional.empty();
    }

    /**
     * The account starts afresh; the address only gets this try back, or signing in to one's own account between
     * tries on someone else's would wipe the address's failures.
     */
    synchronized void succeeded(String address, String username) {
        addresses.takeBack(addressKey(address));
        accounts.forget(username);
    }

    /** A try on the account alone, for a password check that is not a sign-in (the current password). */
    synchronized Optional<Duration> admitAccount(String username) {
        Duration wait = accounts.wait(username);
        if (wait.isPositive()) {
            return Optional.of(wait);
        }
        accounts.add(username);
        return Optional.empty();
    }

    synchronized void accountSucceeded(String username) {
        accounts.forget(username);
    }

    /** An IPv6 client counts by its /64: one machine commonly holds a whole /64. */
    static String addressKey(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return String.valueOf(address);
        }
        try {
            // A literal: no name lookup. An IPv4-mapped address comes back as IPv4.
            InetAddress parsed = InetAddress.getByName(address);
            return parsed instanceof Inet6Address v6 ? HexFormat.of().formatHex(v6.getAddress(), 0, 8) + "/64"
                    : parsed.getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
