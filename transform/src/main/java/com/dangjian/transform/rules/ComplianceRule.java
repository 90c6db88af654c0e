package com.dangjian.transform.rules;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One rule of rules.md: for every assessed (organisation, natural period) a status PASS / FAIL /
 * NOT_APPLICABLE, a score in [0, 1] (empty when not applicable), and the required and actual numbers that
 * explain it, with a short note in Chinese for people.
 */
public interface ComplianceRule {

    StructType RESULT = new StructType()
            .add("org_code", DataTypes.StringType, false)
            .add("rule_id", DataTypes.StringType, false)
            .add("period_type", DataTypes.StringType, false)
            .add("period_start", DataTypes.DateType, false)
            .add("period_end", DataTypes.DateType, false)
            .add("status", DataTypes.StringType, false)
            .add("score", DataTypes.DoubleType, true)
            .add("required", DataTypes.DoubleType, true)
            .add("actual", DataTypes.DoubleType, true)
            .add("note", DataTypes.StringType, true);

    String ruleId();

    PeriodType periodType();

    /** Rows in the {@link #RESULT} shape. */
    Dataset<Row> evaluate(RuleInputs in);

    /** The records behind the results: org_code, period_start, kind, ref (empty when the rule has none to show). */
    default java.util.Optional<Dataset<Row>> evidence(RuleInputs in) {
        return java.util.Optional.empty();
    }
}
