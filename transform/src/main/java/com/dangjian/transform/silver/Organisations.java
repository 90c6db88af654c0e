package com.dangjian.transform.silver;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The conformed organisation dimension: the registry snapshot, codes trimmed, without timestamps. */
public final class Organisations {

    private Organisations() {
    }

    public static Dataset<Row> conform(Dataset<Row> orgUnit) {
        return orgUnit.select(col("org_code"), col("name"), col("org_type"), col("parent_code"), col("department"),
                col("category"), col("region"), col("established_on"), col("dissolved_on"),
                col("committee_elected_on"), col("term_years"), col("secretary_member_id"));
    }
}
