package com.dangjian.transform.silver;

import static org.apache.spark.sql.functions.col;

import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The conformed organisation dimension: the registry snapshot, codes trimmed, without timestamps. */
public final class Organisations {

    /** The registry's columns the dimension keeps. */
    static final List<String> COLUMNS = List.of("org_code", "name", "org_type", "parent_code", "department", "category",
            "region", "established_on", "dissolved_on", "committee_elected_on", "term_years", "secretary_member_id");

    private Organisations() {
    }

    public static Dataset<Row> conform(Dataset<Row> orgUnit) {
        return orgUnit.select(columns());
    }

    static Column[] columns() {
        return COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new);
    }
}
