package fr.tremplin.core.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Sign-in tries per key (a client address or a username) under one backoff rule, in this node's memory. A key
 * is forgotten after {@code forgetAfter} without a try; bounded in size, so a flood of keys cannot exhaust memory.
 */
final class TryLog {

    private static final int MAX_KEYS = 50_000;

    private final StaffSecurityProperties.Backoff rule;
    private final Clock clock;
    private final Cache<String, Tries> tries;

    TryLog(StaffSecurityProperties.Backoff rule, Clock clock) {
        this.rule = rule;
        this.clock = clock;
        this.tries = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterWrite(rule.forgetAfter())
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build();
    }

    /** How long this key must still wait before its next try; zero when it may try now. */
    Duration wait(String key) {
        Tries seen = tries.getIfPresent(key);
        if (seen == null || seen.count() < rule.freeTries()) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), seen.last().plus(waitAfter(seen.count())));
        return left.isNegative() ? Duration.ZERO : left;
    }

    void add(String key) {
        Instant now = clock.instant();
        tries.asMap().merge(key, new Tries(1, now), (old, one) -> new Tries(old.count() + 1, now));
    }

    /** Gives back one try (it turned out to be a success), keeping the time of the last one. */
    void takeBack(String key) {
        tries.asMap().computeIfPresent(key, (k, seen) -> seen.count() <= 1 ? null
                : new Tries(seen.count() - 1, seen.last()));
    }

    void forget(String key) {
        tries.invalidate(key);
    }

    /** The wait after {@code count} tries, for count >= freeTries: the first wait, doubled at each further try. */
    Duration waitAfter(int count) {
        int doublings = Math.min(count - rule.freeTries(), 40);
        Duration wait = rule.firstWait().multipliedBy(1L << doublings);
        return wait.compareTo(rule.maxWait()) > 0 ? rule.maxWait() : wait;
    }

    private record Tries(int count, Instant last) {
    }
}
