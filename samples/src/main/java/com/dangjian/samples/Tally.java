package com.dangjian.samples;

import java.util.Map;
import java.util.TreeMap;

/** Rows written per source/table, for the generation summary and the progress lines. */
final class Tally {

    private final Map<String, Long> rows = new TreeMap<>();

    void add(String sourceTable, long n) {
        rows.merge(sourceTable, n, Long::sum);
    }

    Map<String, Long> rows() {
        return rows;
    }
}
