package com.dangjian.jobs.night;

/**
 * One summary line per stage: rows read, written, rejected, seconds, outcome, and for the night's main stages
 * the peak resident memory during the stage (-1 when not measured).
 */
public record StageLine(String stage, String outcome, long read, long written, long rejected, long blank, double seconds,
                        long peakRssMb) {

    public StageLine(String stage, String outcome, long read, long written, long rejected, long blank, double seconds) {
        this(stage, outcome, read, written, rejected, blank, seconds, -1);
    }

    public StageLine(String stage, String outcome, long read, long written, long rejected, double seconds) {
        this(stage, outcome, read, written, rejected, 0, seconds);
    }

    public boolean ok() {
        return outcome.equals("COMPLETED");
    }

    /** A main stage of the night (ingest, transform, warehouse, dashboards), not one of its parts. */
    public boolean main() {
        return !stage.contains(":");
    }

    @Override
    public String toString() {
        return String.format("%-40s %-9s read=%-8d written=%-8d rejected=%-6d %7.2fs%s%s", stage, outcome, read, written,
                rejected, seconds, peakRssMb >= 0 ? String.format("  peak RSS %,d MB", peakRssMb) : "",
                blank > 0 ? "  (blank lines " + blank + ")" : "");
    }
}
