package com.dangjian.dashboards;

/** Escaping for text placed in HTML and for JSON placed inside a script element (the dashboards and the notebooks). */
public final class Html {

    private Html() {
    }

    public static String text(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** JSON is safe in a script element once "</" cannot close it. */
    public static String script(String json) {
        return json.replace("</", "<\\/");
    }
}
