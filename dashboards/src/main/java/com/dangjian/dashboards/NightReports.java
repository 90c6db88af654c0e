package com.dangjian.dashboards;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** What the nights' reports ({@code reports/night-DATE.json}) say across nights: the data page and ./dangjian status ask it. */
public final class NightReports {

    private NightReports() {
    }

    /**
     * The first night of a source's unbroken run of stale nights ending with this one: the earlier nights'
     * reports, newest first, are walked back while they list the source as stale.
     */
    public static String staleSince(String source, String thisNight, List<JsonNode> earlier) {
        String since = thisNight == null ? "—" : thisNight;
        for (JsonNode r : earlier) {
            if (thisNight != null && r.path("asOf").asText().compareTo(thisNight) >= 0) {
                continue; // a rerun of this night, or a later one, does not extend the streak backwards
            }
            boolean stale = false;
            for (JsonNode s : r.path("staleSources")) {
                stale |= s.asText().equals(source);
            }
            if (!stale) {
                break;
            }
            since = r.path("asOf").asText();
        }
        return since;
    }
}
