package com.dangjian.samples;

/**
 * How an organisation behaves, so that rankings and trends have a real shape. Each number is a probability or
 * a level at position {@code t} along the history (0 = first month, 1 = the as-of month).
 */
public enum Profile {
    EXEMPLARY("先进"),
    AVERAGE("一般"),
    LAX("松散"),
    DECLINING("下滑"),
    IMPROVING("进步"),
    /** Holds the quarter's meetings in its last month, to catch up before the quarterly check. */
    QUARTER_END_RUSH("季末突击"),
    /** Its committee's term ran out and no election was held. */
    OVERDUE_ELECTION("换届逾期"),
    /** A share of its members stop paying dues for six months or more. */
    CHRONIC_ARREARS("长期欠缴"),
    DISSOLVED_MID_YEAR("年中撤销"),
    FOUNDED_MID_YEAR("年中新建");

    private final String label;

    Profile(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Probability of holding a required meeting (committee, theme day, group...) in its period. */
    double diligence(double t) {
        return switch (this) {
            case EXEMPLARY -> 0.995;
            case AVERAGE, DISSOLVED_MID_YEAR -> 0.86;
            case FOUNDED_MID_YEAR -> 0.9;
            case LAX -> 0.32;
            case DECLINING -> 0.96 - 0.7 * t;
            case IMPROVING -> 0.3 + 0.66 * t;
            case QUARTER_END_RUSH -> 0.92;
            case OVERDUE_ELECTION -> 0.78;
            case CHRONIC_ARREARS -> 0.8;
        };
    }

    /** Members' engagement: study activity, attendance, voluntary service. */
    double engagement(double t) {
        return switch (this) {
            case EXEMPLARY -> 0.92;
            case AVERAGE, DISSOLVED_MID_YEAR, FOUNDED_MID_YEAR, OVERDUE_ELECTION -> 0.7;
            case LAX -> 0.38;
            case DECLINING -> 0.88 - 0.5 * t;
            case IMPROVING -> 0.4 + 0.48 * t;
            case QUARTER_END_RUSH -> 0.62;
            case CHRONIC_ARREARS -> 0.55;
        };
    }

    boolean rushesToQuarterEnd() {
        return this == QUARTER_END_RUSH;
    }

    /** Share of members who fall into a long stretch of unpaid dues during the history. */
    double arrearsShare() {
        return switch (this) {
            case CHRONIC_ARREARS -> 0.3;
            case LAX -> 0.03;
            case EXEMPLARY -> 0;
            default -> 0.004;
        };
    }

    /** Share of ledger items completed by their deadline. */
    double rectificationOnTime(double t) {
        return Math.min(0.97, 0.25 + 0.7 * diligence(t));
    }

    /** Mean of evaluation scores (0–100). */
    double evaluationMean(double t) {
        return 55 + 40 * (0.6 * diligence(t) + 0.4 * engagement(t));
    }
}
