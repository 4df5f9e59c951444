package fr.tremplin.holdings.availability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per branch, whether its library system failed lately. After a failure no live call is made for {@code rest}, so
 * that every kiosk of a branch does not wait for a server that is down; one warning per failure period.
 */
final class LibrarySystemHealth {

    private static final Logger LOG = LoggerFactory.getLogger(LiveAvailability.class);

    private final Clock clock;
    private final Duration rest;
    private final Map<String, Instant> restingUntil = new ConcurrentHashMap<>();
    private final Set<String> failing = ConcurrentHashMap.newKeySet();

    LibrarySystemHealth(Clock clock, Duration rest) {
        this.clock = clock;
        this.rest = rest;
    }

    boolean resting(String branchCode) {
        Instant until = restingUntil.get(branchCode);
        return until != null && clock.instant().isBefore(until);
    }

    void failed(String branchCode, String why) {
        restingUntil.put(branchCode, clock.instant().plus(rest));
        if (failing.add(branchCode)) {
            LOG.warn("Live availability for branch {} failed ({}); showing the last export until it answers again",
                    branchCode, why);
        }
    }

    void answered(String branchCode) {
        restingUntil.remove(branchCode);
        if (failing.remove(branchCode)) {
            LOG.info("Live availability for branch {} answers again", branchCode);
        }
    }
}
