package com.dangjian.dashboards;

/** Escaping for text placed in HTML and for JSON placed inside a script element. */
final class Html {

    private Html() {
    }

    static String text(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** JSON is safe in a script element once "</" cannot close it. */
    static String script(String json) {
        return json.replace("</", "<\\/");
    }
}
