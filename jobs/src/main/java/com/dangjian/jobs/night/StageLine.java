package com.dangjian.jobs.night;

/** One summary line per stage: rows read, written, rejected, seconds, outcome. */
public record StageLine(String stage, String outcome, long read, long written, long rejected, long blank, double seconds) {

    public StageLine(String stage, String outcome, long read, long written, long rejected, double seconds) {
        this(stage, outcome, read, written, rejected, 0, seconds);
    }

    public boolean ok() {
        return outcome.equals("COMPLETED");
    }

    @Override
    public String toString() {
        return String.format("%-40s %-9s read=%-8d written=%-8d rejected=%-6d %7.2fs%s", stage, outcome, read, written,
                rejected, seconds, blank > 0 ? "  (blank lines " + blank + ")" : "");
    }
}
