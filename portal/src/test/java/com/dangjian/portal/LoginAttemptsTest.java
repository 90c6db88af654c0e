package com.dangjian.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import com.dangjian.portal.security.LoginAttempts;

class LoginAttemptsTest {

    /** A clock the test moves. */
    static final class Hands extends Clock {
        Instant now = Instant.parse("2024-03-15T02:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
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

    @Test
    void theFifthFailureInARowLocksTheNameForTheLockTimeThenItStartsAfresh() {
        Hands clock = new Hands();
        LoginAttempts attempts = new LoginAttempts(5, Duration.ofMinutes(10), clock);
        for (int i = 0; i < 4; i++) {
            assertThat(attempts.failed("Locky")).isFalse();
        }
        assertThat(attempts.lockedUntil("locky")).isNull();
        assertThat(attempts.failed("LOCKY ")).isTrue(); // the same name, however typed
        assertThat(attempts.lockedUntil("locky")).isEqualTo(Instant.parse("2024-03-15T02:10:00Z"));
        clock.now = clock.now.plus(Duration.ofMinutes(9));
        assertThat(attempts.lockedUntil("locky")).isNotNull();
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertThat(attempts.lockedUntil("locky")).isNull();
        assertThat(attempts.failed("locky")).isFalse(); // counting starts again from one
    }

    @Test
    void aSuccessClearsTheCount() {
        LoginAttempts attempts = new LoginAttempts(3, Duration.ofMinutes(10), new Hands());
        attempts.failed("a");
        attempts.failed("a");
        attempts.succeeded("a");
        assertThat(attempts.failed("a")).isFalse();
        assertThat(attempts.failed("a")).isFalse();
        assertThat(attempts.failed("a")).isTrue();
    }
}
