package com.dangjian.dashboards;

import java.util.stream.Collectors;

/**
 * assets/organisations.js: every organisation's code, name and type (in the site's language) for the search box
 * of every page — a script, not JSON, because pages opened from file:// cannot fetch a file.
 */
final class SearchIndex {

    static final String FILE = "assets/organisations.js";

    private SearchIndex() {
    }

    static String script(GoldSnapshot gold, Messages m) {
        return gold.organisations().stream()
                .map(o -> "[" + Scripts.string(o.code()) + "," + Scripts.string(o.name()) + "," + Scripts.string(m.label("org_type", o.type())) + "]")
                .collect(Collectors.joining(",\n", "var DJ_ORGANISATIONS = [\n", "\n];\n"));
    }
}
