package fr.tremplin.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tremplin.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The throttle's numbers as configured by default (application.yml says the same). */
class SignInThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
    private final StaffSecurityProperties defaults = new StaffSecurityProperties(null, null, null, null);
    private final SignInThrottle throttle = new SignInThrottle(defaults, clock);
    private int account;

    @Test
    void afterThreeTriesAnAddressWaitsFifteenSecondsThenTwiceAsLongEachTimeUpToTenMinutes() {
        for (int i = 0; i < 3; i++) {
            assertThat(tryFrom("10.1.2.3")).as("free try " + (i + 1)).isEmpty();
        }
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Duration wait = tryFrom("10.1.2.3").orElseThrow();
            assertThat(tryFrom("10.1.2.3")).as("refused tries do not shorten or lengthen the wait").contains(wait);
            waits.add(wait.toSeconds());
            clock.pass(wait);
            assertThat(tryFrom("10.1.2.3")).as("admitted once the wait is over").isEmpty();
        }
        assertThat(waits).containsExactly(15L, 30L, 60L, 120L, 240L, 480L, 600L, 600L);
        assertThat(tryFrom("10.9.9.9")).as("another address is not concerned").isEmpty();
    }

    @Test
    void anAccountWaitsWhateverTheAddressAndASuccessClearsIt() {
        for (int i = 1; i <= 3; i++) {
            assertThat(throttle.admit("10.0.0." + i, "admin")).isEmpty();
        }
        assertThat(throttle.admit("10.0.0.4", "admin")).contains(Duration.ofSeconds(5));
        clock.pass(Duration.ofSeconds(5));
        assertThat(throttle.admit("10.0.0.4", "admin")).isEmpty();
        assertThat(throttle.admit("10.0.0.5", "admin")).contains(Duration.ofSeconds(10));
        clock.pass(Duration.ofSeconds(10));
        assertThat(throttle.admit("10.0.0.5", "admin")).isEmpty();
        throttle.succeeded("10.0.0.5", "admin");
        assertThat(throttle.admit("10.0.0.6", "admin")).as("the account starts afresh after a success").isEmpty();
    }

    @Test
    void signingInToOnesOwnAccountDoesNotWipeTheAddresssFailuresOnAnother() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.admit("10.7.7.7", "t-me")).isEmpty();
            throttle.succeeded("10.7.7.7", "t-me");
            assertThat(throttle.admit("10.7.7.7", "admin")).isEmpty();
            clock.pass(Duration.ofSeconds(1));
        }
        assertThat(throttle.admit("10.7.7.7", "t-me")).as("three failures from this address, whatever the successes")
                .isPresent();
    }

    @Test
    void triesAreForgottenAfterAnHourWithout() {
        for (int i = 0; i < 3; i++) {
            tryFrom("10.3.3.3");
        }
        clock.pass(Duration.ofMinutes(59));
        assertThat(tryFrom("10.3.3.3")).isEmpty();
        assertThat(tryFrom("10.3.3.3")).as("59 minutes later the tries still count").contains(Duration.ofSeconds(30));
        clock.pass(Duration.ofMinutes(61));
        for (int i = 0; i < 3; i++) {
            assertThat(tryFrom("10.3.3.3")).as("an hour without a try: free again").isEmpty();
        }
        assertThat(tryFrom("10.3.3.3")).contains(Duration.ofSeconds(15));
    }

    @Test
    void parallelTriesCannotAllSlipThroughBeforeTheFirstFailureIsKnown() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<Duration>>> tries = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String username = "t-parallel-" + i;
            tries.add(threads.submit(() -> {
                start.await();
                return throttle.admit("10.4.4.4", username);
            }));
        }
        start.countDown();
        int admitted = 0;
        for (Future<Optional<Duration>> attempt : tries) {
            admitted += attempt.get(10, TimeUnit.SECONDS).isEmpty() ? 1 : 0;
        }
        threads.shutdown();
        assertThat(admitted).isEqualTo(3);
    }

    @Test
    void anIpv6ClientCountsByItsSlash64() {
        assertThat(SignInThrottle.addressKey("2001:db8:1:2:aaaa::1"))
                .isEqualTo(SignInThrottle.addressKey("2001:db8:1:2:bbbb::2"))
                .isNotEqualTo(SignInThrottle.addressKey("2001:db8:1:3::1"));
        assertThat(SignInThrottle.addressKey("::ffff:10.1.2.3")).isEqualTo("10.1.2.3");
        assertThat(SignInThrottle.addressKey("10.1.2.3")).isEqualTo("10.1.2.3");
    }

    /** A try from that address on a username of its own, so that only the address's waits apply. */
    private Optional<Duration> tryFrom(String address) {
        return throttle.admit(address, "t-account-" + account++);
    }
}
