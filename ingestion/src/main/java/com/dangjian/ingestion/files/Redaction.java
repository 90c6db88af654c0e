package com.dangjian.ingestion.files;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What of a rejected row's raw text may be kept (rules.md "Privacy": names and id-card numbers never leave the
 * source system). A cell is kept only when it is a column of the contract that cannot hold personal data; every
 * other cell — a personal or free-text column (the ledger's 问题描述), a column the contract does not name (责任人,
 * 姓名, 身份证号 added by a careless exporter), a cell beyond the header — is replaced by {@link #MARKER}. An
 * operator still sees which row it was and which values broke it. Id-card numbers are masked anywhere.
 */
public final class Redaction {

    public static final String MARKER = "〔已隐去〕";

    /** 18-character resident id numbers (and 15-digit old ones). */
    private static final Pattern ID_CARD = Pattern.compile("(?<![0-9])(?:[0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9Xx])");

    private Redaction() {
    }

    /**
     * @param cells     the row's cells
     * @param header    the file's header mapping (null when unknown: every cell is masked)
     * @param sensitive canonical columns that may hold personal data although the contract names them
     * @param separator how the kept text joins cells ("," for CSV, tab for worksheets)
     */
    public static String row(List<String> cells, HeaderMap header, Set<String> sensitive, String separator) {
        Set<Integer> kept = header == null ? Set.of() : header.positionsExcept(sensitive);
        List<String> out = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            out.add(c == null || c.isBlank() ? (c == null ? "" : c) : kept.contains(i) ? idCards(c) : MARKER);
        }
        return String.join(separator, out);
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private static final Pattern STRING_FIELD = Pattern.compile("\"([^\"\\\\]+)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)(\"?)");
    private static final Pattern CJK = Pattern.compile("[\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff]+");

    /**
     * A JSON line with the values of every key outside {@code safeKeys} masked. A line that is not JSON keeps its
     * structure but loses every value of an unknown key it can find and every run of Chinese characters (the
     * lines' codes are ASCII; Chinese text is a topic or a name).
     */
    public static String json(String text, Set<String> safeKeys) {
        try {
            com.fasterxml.jackson.databind.JsonNode node = JSON.readTree(text);
            if (node != null && node.isObject()) {
                com.fasterxml.jackson.databind.node.ObjectNode masked = JSON.createObjectNode();
                node.fields().forEachRemaining(f -> {
                    if (safeKeys.contains(f.getKey())) {
                        masked.set(f.getKey(), f.getValue());
                    } else {
                        masked.put(f.getKey(), f.getValue().isNull() ? null : MARKER);
                    }
                });
                return idCards(JSON.writeValueAsString(masked));
            }
        } catch (java.io.IOException | RuntimeException notJson) {
            // below: what can be recognised is masked
        }
        String fields = STRING_FIELD.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                safeKeys.contains(m.group(1)) ? m.group() : "\"" + m.group(1) + "\":\"" + MARKER + m.group(3)));
        return idCards(CJK.matcher(fields).replaceAll(MARKER));
    }

    /** Id-card numbers masked in any text. */
    public static String idCards(String text) {
        return text == null ? null : ID_CARD.matcher(text).replaceAll(MARKER);
    }
}
