package com.dangjian.dashboards;

import java.util.List;

/**
 * What the night publishing the site knows about itself when it generates the pages: its date, its stale
 * sources and the lines of the stages run so far (ingest per source table, transform, warehouse).
 */
public record NightStatus(String asOf, String runId, List<String> staleSources, List<Step> steps) {

    public record Step(String stage, String outcome, long read, long written, long rejected, double seconds) {
    }

    /** A site generated outside a night (a test, a rebuild): no stage lines. */
    public static NightStatus none() {
        return new NightStatus(null, null, List.of(), List.of());
    }
}
