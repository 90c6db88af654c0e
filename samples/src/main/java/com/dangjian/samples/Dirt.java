package com.dangjian.samples;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides where dirt goes. Each record is dirtied with probability {@code rate} (a class drawn among those that
 * fit the record); in the base generation every class that fits a source is also forced once, early, so even a
 * tiny sample carries every class. Rate 0 means clean files and an empty manifest.
 */
final class Dirt {

    private final double rate;
    private final long seed;
    private final boolean forceEach;
    private final Map<String, Set<Defect>> pending = new HashMap<>();

    Dirt(double rate, long seed, boolean forceEach) {
        this.rate = rate;
        this.seed = seed;
        this.forceEach = forceEach;
    }

    boolean enabled() {
        return rate > 0;
    }

    /**
     * The defect for record {@code row} of file {@code file}, or null.
     * @param applicable the classes that can be put on this record
     */
    Defect row(String source, int file, long row, List<Defect> applicable) {
        if (rate <= 0 || applicable.isEmpty()) {
            return null;
        }
        if (forceEach && row % 7 == 3) {
            Set<Defect> left = pending.computeIfAbsent(source, s -> EnumSet.allOf(Defect.class));
            for (Defect d : applicable) {
                if (left.remove(d)) {
                    return d;
                }
            }
        }
        long subject = ((long) source.hashCode() << 20) ^ file;
        if (Rng.unit(seed, Rng.DIRT, subject, row) < rate) {
            return applicable.get(Rng.below(seed, Rng.DIRT + 100, subject, row, applicable.size()));
        }
        return null;
    }

    /** Whether a whole-file defect hits file {@code file}: forced on {@code forcedFile}, else rarely. */
    boolean file(String source, Defect defect, int file, int forcedFile) {
        if (rate <= 0) {
            return false;
        }
        if (forceEach && file == forcedFile) {
            return true;
        }
        long subject = ((long) source.hashCode() << 20) ^ ((long) defect.ordinal() << 12) ^ file;
        return Rng.unit(seed, Rng.DIRT + 200, subject, 1) < Math.min(0.3, rate * 20);
    }

    /** A deterministic pick for variants of one defect (which date shape, which unknown code...). */
    int variant(long a, long b, int n) {
        return Rng.below(seed, Rng.DIRT + 300, a, b, n);
    }

    static String fullWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c == ',' ? '，' : c);
        }
        return b.toString();
    }

    static String dateShape(LocalDate d, int variant) {
        return variant == 0 ? d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth()
                : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
