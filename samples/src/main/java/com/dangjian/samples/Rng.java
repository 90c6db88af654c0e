package com.dangjian.samples;

import java.util.SplittableRandom;

/**
 * Deterministic randomness. Every decision is a pure function of the seed and what it is about (a salt naming
 * the decision, a member, a day...), so one source can be generated without replaying another, files stream
 * without holding state, and a later night continues exactly where the base generation stopped.
 */
public final class Rng {

    private Rng() {
    }

    /** SplitMix64's finaliser: a good 64-bit mix. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    static long hash(long seed, long salt, long a, long b) {
        long h = mix(seed + 0x9e3779b97f4a7c15L * (salt + 1));
        h = mix(h ^ (a * 0xc2b2ae3d27d4eb4fL + 0x165667b19e3779f9L));
        return mix(h ^ (b * 0x27d4eb2f165667c5L + 0x85ebca77c2b2ae63L));
    }

    /** A uniform double in [0, 1) for (seed, salt, a, b). */
    static double unit(long seed, long salt, long a, long b) {
        return (hash(seed, salt, a, b) >>> 11) * 0x1.0p-53;
    }

    /** A uniform int in [0, bound) for (seed, salt, a, b). */
    static int below(long seed, long salt, long a, long b, int bound) {
        return (int) Math.floorMod(hash(seed, salt, a, b) >>> 1, (long) bound);
    }

    /** A stream of draws for one subject, when a decision needs several numbers. */
    static SplittableRandom stream(long seed, long salt, long subject) {
        return new SplittableRandom(hash(seed, salt, subject, 0x5eed));
    }

    /** Salts: one per kind of decision, so that adding a decision never shifts another. */
    static final long ORGS = 1, MEMBERS = 2, LIVES = 3, MEETINGS = 4, ATTENDANCE = 5, STUDY = 6, STUDY_MINUTES = 7,
            STUDY_TYPE = 8, DUES = 9, EVALUATIONS = 10, LEDGER = 11, DIRT = 12, TALKS = 13, NIGHT = 14, RECRUIT = 15,
            PAY_DAY = 16, PAY_WAY = 17;
}
