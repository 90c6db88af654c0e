package com.dangjian.dashboards;

/** The pages of the site, in the navigation's order. */
enum SitePage {
    OVERVIEW("index.html", "nav.overview"),
    RANKINGS("rankings.html", "nav.rankings"),
    COMPLIANCE("compliance.html", "nav.compliance"),
    TRENDS("trends.html", "nav.trends"),
    ALARMS("alarms.html", "nav.alarms"),
    DATA("data.html", "nav.data"),
    METHODOLOGY("methodology.html", "nav.methodology");

    final String file;
    final String label;

    SitePage(String file, String label) {
        this.file = file;
        this.label = label;
    }
}
