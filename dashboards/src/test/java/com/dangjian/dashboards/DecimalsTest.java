package com.dangjian.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Decimals writes what String.format wrote, byte for byte: the pages' numbers must not change with the speed-up. */
class DecimalsTest {

    @Test
    void fixedAndSignedEqualTheFormatterOnHalvesSignsAndRandomScores() {
        double[] edges = {0.05, 0.15, 0.25, 0.35, 2.675, 1.005, 66.66666666666667, 99.95, 99.94999999999999, -0.04, -0.0, 0.0,
                -2.5, 1e-7, 123456789.125, 1e20, 5e-324, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double v : edges) {
            check(v);
        }
        SplittableRandom random = new SplittableRandom(15);
        for (int i = 0; i < 200_000; i++) {
            check(random.nextDouble(-100, 100));
            check(Math.round(random.nextDouble(0, 100) * 1000) / 1000.0); // three decimals: halves at the second and first
        }
    }

    private static void check(double v) {
        for (int n = 0; n <= 2; n++) {
            assertThat(Decimals.fixed(v, n)).as("%." + n + "f of " + v).isEqualTo(String.format(Locale.ROOT, "%." + n + "f", v));
            assertThat(Decimals.signed(v, n)).as("%+." + n + "f of " + v).isEqualTo(String.format(Locale.ROOT, "%+." + n + "f", v));
        }
    }
}
