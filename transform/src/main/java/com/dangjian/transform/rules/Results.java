package com.dangjian.transform.rules;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Shapes a rule's rows into {@link ComplianceRule#RESULT}. */
final class Results {

    private Results() {
    }

    /** @param rows with org_code, period_start, period_end */
    static Dataset<Row> of(Dataset<Row> rows, String ruleId, PeriodType type, Column status, Column score,
                           Column required, Column actual, Column note) {
        return rows.select(col("org_code"), lit(ruleId).as("rule_id"), lit(type.name()).as("period_type"),
                col("period_start"), col("period_end"), status.as("status"), score.cast("double").as("score"),
                required.cast("double").as("required"), actual.cast("double").as("actual"), note.as("note"));
    }
}
