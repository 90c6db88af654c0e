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
}
