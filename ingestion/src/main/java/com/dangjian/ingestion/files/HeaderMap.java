package com.dangjian.ingestion.files;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds each expected column in a file's header by name: tolerant to column order, extra columns, known
 * aliases of renamed headers and full-width or padded header text. Columns are named by their canonical
 * (contract) name, the first name given for each.
 */
public final class HeaderMap {

    private final Map<String, Integer> index;
    private final List<String> missing;

    private HeaderMap(Map<String, Integer> index, List<String> missing) {
        this.index = index;
        this.missing = missing;
    }

    /**
     * @param header  the header cells as found
     * @param columns canonical name → accepted names (the canonical name first, then aliases)
     */
    public static HeaderMap of(List<String> header, Map<String, List<String>> columns) {
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = key(header.get(i));
            if (name != null) {
                byName.putIfAbsent(name, i);
            }
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        columns.forEach((canonical, names) -> {
            Integer at = names.stream().map(HeaderMap::key).map(byName::get).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(null);
            if (at == null) {
                missing.add(canonical);
            } else {
                index.put(canonical, at);
            }
        });
        return new HeaderMap(index, missing);
    }

    /** How many of the expected columns a candidate header row names (to find the header row of a sheet). */
    public static int matches(List<String> header, Map<String, List<String>> columns) {
        return columns.size() - of(header, columns).missing().size();
    }

    public List<String> missing() {
        return missing;
    }

    public boolean complete() {
        return missing.isEmpty();
    }

    /** The cell positions of the mapped columns, except the canonical columns given. */
    public java.util.Set<Integer> positionsExcept(java.util.Set<String> canonical) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        index.forEach((name, at) -> {
            if (!canonical.contains(name)) {
                out.add(at);
            }
        });
        return out;
    }

    /** The value of a canonical column in a row (null when the row is shorter). */
    public String get(List<String> row, String canonical) {
        Integer at = index.get(canonical);
        return at == null || at >= row.size() ? null : row.get(at);
    }

    private static String key(String headerCell) {
        String t = Normalise.text(headerCell == null ? null : headerCell.replace("\uFEFF", ""));
        return t == null ? null : t.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
    }
}
