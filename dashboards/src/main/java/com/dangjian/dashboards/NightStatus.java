package com.dangjian.dashboards;

import java.util.List;

/**
 * What the night publishing the site knows about itself when it generates the pages: its date, its stale
 * sources, the lines of the stages run so far (ingest per source table, transform, warehouse), the files it
 * refused as a whole and its warnings.
 */
public record NightStatus(String asOf, String runId, List<String> staleSources, List<Step> steps,
                          List<RefusedFile> refusedFiles, List<String> warnings) {

    public record Step(String stage, String outcome, long read, long written, long rejected, double seconds) {
    }

    /** A file (or sheet) refused as a whole this night, with the reason code and what to do. */
    public record RefusedFile(String source, String table, String file, String reason, String message) {
    }

    public NightStatus(String asOf, String runId, List<String> staleSources, List<Step> steps) {
        this(asOf, runId, staleSources, steps, List.of(), List.of());
    }

    /** A site generated outside a night (a test, a rebuild): no stage lines. */
    public static NightStatus none() {
        return new NightStatus(null, null, List.of(), List.of());
    }
}
