package com.dangjian.jobs.sample;

/**
 * How a sample branch behaves, so that rankings and trends have a real shape. {@link #chance} is the
 * probability of holding a required meeting in month {@code i} of {@code n} (0 = oldest).
 */
enum Profile {
    EXEMPLARY, AVERAGE, LAX, DECLINING, IMPROVING, QUARTER_END_RUSH, OVERDUE_ELECTION, DISSOLVED_MID_YEAR,
    FOUNDED_MID_YEAR, SMALL;

    double chance(int i, int n, boolean quarterEndMonth) {
        double t = n <= 1 ? 1 : (double) i / (n - 1);
        return switch (this) {
            case EXEMPLARY -> 0.98;
            case AVERAGE, SMALL, DISSOLVED_MID_YEAR, FOUNDED_MID_YEAR -> 0.85;
            case LAX -> 0.5;
            case DECLINING -> 0.95 - 0.6 * t;
            case IMPROVING -> 0.35 + 0.6 * t;
            case QUARTER_END_RUSH -> quarterEndMonth ? 0.95 : 0.15;
            case OVERDUE_ELECTION -> 0.75;
        };
    }

    String label() {
        return switch (this) {
            case EXEMPLARY -> "先进";
            case AVERAGE -> "一般";
            case LAX -> "松散";
            case DECLINING -> "下滑";
            case IMPROVING -> "进步";
            case QUARTER_END_RUSH -> "季末突击";
            case OVERDUE_ELECTION -> "换届逾期";
            case DISSOLVED_MID_YEAR -> "年中撤销";
            case FOUNDED_MID_YEAR -> "年中新建";
            case SMALL -> "小支部";
        };
    }
}
