package com.dangjian.samples;

/**
 * 党费规定 (2008): the monthly dues as a share of monthly income. Employed: up to 3,000 yuan 0.5%, above 3,000
 * up to 5,000 1%, above 5,000 up to 10,000 1.5%, above 10,000 2%. Retired: up to 5,000 0.5%, above 1%.
 */
final class DuesRate {

    private DuesRate() {
    }

    /** Rate in tenths of a percent (5 = 0.5%). */
    static int perMille(int monthlyIncome, boolean retired) {
        if (retired) {
            return monthlyIncome <= 5000 ? 5 : 10;
        }
        return monthlyIncome <= 3000 ? 5 : monthlyIncome <= 5000 ? 10 : monthlyIncome <= 10000 ? 15 : 20;
    }

    /** Dues in fen (cents), rounded half up. */
    static long fen(int monthlyIncome, boolean retired) {
        return (monthlyIncome * 100L * perMille(monthlyIncome, retired) + 500) / 1000;
    }

    static String yuan(long fen) {
        return fen / 100 + "." + (fen % 100 < 10 ? "0" : "") + fen % 100;
    }
}
