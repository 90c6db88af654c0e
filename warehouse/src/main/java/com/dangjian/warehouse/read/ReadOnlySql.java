package com.dangjian.warehouse.read;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The analysts' door is read-only: one statement, starting with SELECT, WITH, SHOW, DESCRIBE or DESC. Anything
 * else is refused with a message saying so, before it reaches a server (and ClickHouse runs it with readonly=1
 * besides).
 */
public final class ReadOnlySql {

    static final Set<String> ALLOWED = Set.of("SELECT", "WITH", "SHOW", "DESCRIBE", "DESC", "EXPLAIN");
    private static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|--[^\\n]*");

    private ReadOnlySql() {
    }

    /** @return the statement without a trailing semicolon; throws {@link Refused} when it is not read-only */
    public static String check(String sql) {
        String text = COMMENTS.matcher(sql == null ? "" : sql).replaceAll(" ").strip();
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        if (text.isEmpty()) {
            throw new Refused("no SQL given: pass one query, e.g. ./dangjian sql \"SELECT count() FROM rule_result\"");
        }
        if (outsideQuotes(text).contains(";")) {
            throw new Refused("one statement at a time: the SQL holds several (separated by ';')");
        }
        String first = text.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
        if (!ALLOWED.contains(first)) {
            throw new Refused("'" + first + "' is not allowed here: this command only reads (SELECT, WITH, SHOW, DESCRIBE);"
                    + " the warehouse is changed by the nightly run alone");
        }
        return text;
    }

    private static String outsideQuotes(String text) {
        StringBuilder b = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A statement this door does not let through (an IllegalArgumentException: notebooks catch it like any wrong argument). */
    public static final class Refused extends IllegalArgumentException {
        Refused(String message) {
            super(message);
        }
    }
}
