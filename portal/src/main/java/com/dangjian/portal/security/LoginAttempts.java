package com.dangjian.portal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins per username: after {@code attempts} failures in a row the name is locked for {@code lockTime},
 * whatever password comes next. Names that are no account are counted the same way, so a lockout tells no one
 * which names exist. Kept in memory: a restart unlocks everyone, which an operator may also want.
 */
public final class LoginAttempts {

    private record State(int failures, Instant lockedUntil) {
    }

    /** At most this many names are remembered: an attacker's stream of invented names cannot grow memory. */
    static final int REMEMBERED = 10_000;

    private final int attempts;
    private final Duration lockTime;
    private final Clock clock;
    private final Map<String, State> byName = new ConcurrentHashMap<>();

    public LoginAttempts(int attempts, Duration lockTime, Clock clock) {
        this.attempts = attempts;
        this.lockTime = lockTime;
        this.clock = clock;
    }

    /** Until when the name is locked, or null when it is not. */
    public Instant lockedUntil(String username) {
        State s = byName.get(key(username));
        return s == null || s.lockedUntil() == null || !s.lockedUntil().isAfter(clock.instant()) ? null : s.lockedUntil();
    }

    /** Counts a failure; returns true when this one locked the name. */
    public boolean failed(String username) {
        if (byName.size() >= REMEMBERED) {
            byName.values().removeIf(s -> s.lockedUntil() == null || !s.lockedUntil().isAfter(clock.instant()));
        }
        State next = byName.compute(key(username), (k, s) -> {
            int failures = (s == null || s.lockedUntil() != null ? 0 : s.failures()) + 1;
            return failures >= attempts ? new State(0, clock.instant().plus(lockTime)) : new State(failures, null);
        });
        return next.lockedUntil() != null;
    }

    public void succeeded(String username) {
        byName.remove(key(username));
    }

    public Duration lockTime() {
        return lockTime;
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
