package com.dangjian.dashboards;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers with a fixed number of decimals, exactly as {@code String.format(Locale.ROOT, "%.Nf", v)} writes them
 * (Java's Formatter rounds the shortest decimal form of the double half up, and keeps the sign of −0.04 → "-0.0"),
 * without the Formatter: it looked up the locale's symbols and parsed the pattern on every call, and at province
 * scale the site formats millions of numbers (it was a quarter of the dashboards stage).
 */
final class Decimals {

    private Decimals() {
    }

    /** {@code %.Nf}. */
    static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        String digits = new BigDecimal(Double.toString(Math.abs(v))).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        return (v < 0 || Double.doubleToRawLongBits(v) == Long.MIN_VALUE ? "-" : "") + digits;
    }

    /** {@code %+.Nf}: the sign always written. */
    static String signed(double v, int decimals) {
        String s = fixed(v, decimals);
        return s.startsWith("-") || Double.isNaN(v) ? s : "+" + s;
    }
}
