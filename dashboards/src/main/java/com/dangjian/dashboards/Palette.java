package com.dangjian.dashboards;

/**
 * Okabe–Ito colours, distinguishable with the common colour-vision deficiencies. Status is never carried by
 * colour alone: every cell and bar also carries a symbol or a number.
 */
public final class Palette {

    private Palette() {
    }

    public static final String PASS = "#0072B2";
    public static final String FAIL = "#D55E00";
    public static final String NOT_APPLICABLE = "#BBBBBB";
    public static final String BAR = "#0072B2";
    /** A third series colour (Okabe–Ito bluish green). */
    public static final String THIRD = "#009E73";
}
