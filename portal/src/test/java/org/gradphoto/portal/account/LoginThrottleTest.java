package org.gradphoto.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Guessing is slowed, never turned into a lock-out: the counts per address, per name at an address and per name,
 * with waits that double up to their ceilings; an owner at another address is never held for long.
 */
class LoginThrottleTest {

    private static final String OWNER = "11010519491231002X";
    private static final String STRANGER = "203.0.113.9";
    private static final String HOME = "198.51.100.7";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, Duration.ofMinutes(15), 20, Duration.ofMinutes(15),
            5, Duration.ofMinutes(15), 30, Duration.ofMinutes(1));

    @Test
    void fiveWrongPasswordsAreFreeThenEachTryWaitsTwiceAsLong() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.waitBefore(OWNER, STRANGER)).isZero();
            throttle.failed(OWNER, STRANGER);
        }
        assertThat(throttle.waitBefore(OWNER, STRANGER)).isZero();
        throttle.failed(OWNER, STRANGER);
        assertThat(throttle.waitBefore(OWNER, STRANGER)).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        throttle.failed(OWNER, STRANGER);
        assertThat(throttle.waitBefore(OWNER, STRANGER)).isEqualTo(Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(2));
        throttle.failed(OWNER, STRANGER);
        assertThat(throttle.waitBefore(OWNER, STRANGER)).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void aStrangerHammeringOneNameNeverHoldsTheOwnerAtHome() {
        // fifty wrong passwords as fast as the stranger is let: only the admitted ones count
        int counted = 0;
        for (int i = 0; i < 50; i++) {
            if (throttle.waitBefore(OWNER, STRANGER).isZero()) {
                throttle.failed(OWNER, STRANGER);
                counted++;
            }
        }
        assertThat(counted).isEqualTo(6);
        assertThat(throttle.waitBefore(OWNER, STRANGER)).isPositive();
        assertThat(throttle.waitBefore(OWNER, HOME)).isZero();
    }

    @Test
    void manyAddressesGuessingOneNameDelayTheOwnerByAMinuteAtMost() {
        for (int a = 0; a < 40; a++) {
            for (int i = 0; i < 5; i++) {
                throttle.failed(OWNER, "203.0.113." + a);
            }
        }
        Duration wait = throttle.waitBefore(OWNER, HOME);
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
        clock.advance(wait);
        assertThat(throttle.waitBefore(OWNER, HOME)).isZero();
    }

    @Test
    void oneAddressTryingManyNamesIsSlowedForEveryName() {
        for (int i = 0; i < 21; i++) {
            throttle.failed("user" + i, STRANGER);
        }
        assertThat(throttle.waitBefore("someone-else", STRANGER)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore("someone-else", HOME)).isZero();
    }

    @Test
    void namesNoAccountHasAreCountedTheSame() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("110105194912310021", STRANGER);
            throttle.failed(OWNER, STRANGER);
        }
        assertThat(throttle.waitBefore("110105194912310021", STRANGER)).isEqualTo(throttle.waitBefore(OWNER, STRANGER));
    }

    @Test
    void aSuccessOrTheAdminsResetClearsTheName() {
        for (int i = 0; i < 8; i++) {
            throttle.failed(OWNER, STRANGER);
        }
        assertThat(throttle.slowed()).extracting(LoginThrottle.Slowed::name).containsExactly(OWNER);
        throttle.clear(OWNER.toLowerCase());
        assertThat(throttle.waitBefore(OWNER, STRANGER)).isZero();
        assertThat(throttle.slowed()).isEmpty();
        for (int i = 0; i < 8; i++) {
            throttle.failed(OWNER, STRANGER);
        }
        throttle.succeeded(OWNER, STRANGER);
        assertThat(throttle.waitBefore(OWNER, STRANGER)).isZero();
    }

    @Test
    void countsAreForgottenAfterTheWindow() {
        for (int i = 0; i < 8; i++) {
            throttle.failed(OWNER, STRANGER);
        }
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.waitBefore(OWNER, STRANGER)).isZero();
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
