package com.dangjian.transform.rules;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import com.dangjian.contracts.rules.PeriodType;

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

    /**
     * A POINT rule that passes when no member is in a state (arrears, absence, an overdue probation): every
     * assessed branch and month-end, PASS when none of its members is in {@code inState}; required 0, actual the
     * members in it, the note "{label} N 人".
     *
     * @param inState org_code, period_start, member_id of the members in the state
     */
    static Dataset<Row> noMemberInState(RuleInputs in, Dataset<Row> inState, String ruleId, String label) {
        Dataset<Row> counted = inState.groupBy("org_code", "period_start").agg(org.apache.spark.sql.functions.count("*").as("in_state"));
        Dataset<Row> all = in.assessed(PeriodType.POINT, "BRANCH").select("org_code", "period_start", "period_end")
                .join(counted, new String[]{"org_code", "period_start"}, "left");
        Column k = org.apache.spark.sql.functions.coalesce(col("in_state"), lit(0L));
        Column none = k.equalTo(0);
        return of(all, ruleId, PeriodType.POINT,
                org.apache.spark.sql.functions.when(none, com.dangjian.contracts.rules.Status.PASS.name())
                        .otherwise(com.dangjian.contracts.rules.Status.FAIL.name()),
                org.apache.spark.sql.functions.when(none, 1.0).otherwise(0.0), lit(0), k,
                org.apache.spark.sql.functions.concat(lit(label + " "), k.cast("string"), lit(" 人")));
    }
}
