package com.dangjian.dashboards;

/** What one page contributes: its HTML body and the script that mounts its charts. */
record PageContent(String body, String script) {
}
