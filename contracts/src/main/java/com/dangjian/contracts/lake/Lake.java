package com.dangjian.contracts.lake;

import java.nio.file.Path;

import com.dangjian.contracts.lake.BronzeLayout;

/** The lake's three layers: bronze (typed raw, per run), silver (conformed) and gold (facts and results). */
public record Lake(Path root) {

    public BronzeLayout bronze() {
        return new BronzeLayout(root);
    }

    public String silver(String table) {
        return root.resolve("silver").resolve(table).toString();
    }

    public String gold(String table) {
        return root.resolve("gold").resolve(table).toString();
    }

    /**
     * What the last night that finished its transform left for the next one to compare with (the digests of its
     * inputs, its window and catalogue): an incremental night recomputes only what differs.
     */
    public Path state() {
        return root.resolve("_state");
    }
}
