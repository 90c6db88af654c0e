package com.dangjian.transform.rules;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * SECRETARY_LECTURE_YEARLY: at least one LECTURE in the year whose lecturer was the branch secretary. The
 * registry keeps only the current secretary, so "the secretary on that day" is taken as the current one
 * (docs/rules-decisions.md). A branch without a recorded secretary fails.
 */
public record SecretaryLectureRule() implements ComplianceRule {

    @Override
    public String ruleId() {
        return RuleIds.SECRETARY_LECTURE_YEARLY;
    }

    @Override
    public PeriodType periodType() {
        return PeriodType.YEAR;
    }

    @Override
    public Dataset<Row> evaluate(RuleInputs in) {
        Dataset<Row> assessed = in.assessed(PeriodType.YEAR, "BRANCH")
                .select("org_code", "period_start", "period_end", "secretary_member_id").as("a");
        Dataset<Row> counted = assessed
                .join(in.meetings().where(col("type").equalTo("LECTURE")).as("m"),
                        col("m.org_code").equalTo(col("a.org_code"))
                                .and(col("m.held_on").between(col("a.period_start"), col("a.period_end")))
                                .and(col("m.lecturer_member_id").equalTo(col("a.secretary_member_id"))), "left")
                .groupBy(col("a.org_code").as("org_code"), col("a.period_start").as("period_start"),
                        col("a.period_end").as("period_end"), col("a.secretary_member_id").as("secretary"))
                .agg(count(col("m.meeting_id")).as("held"));
        return Results.of(counted, ruleId(), PeriodType.YEAR,
                when(col("held").geq(1), "PASS").otherwise("FAIL"),
                when(col("held").geq(1), 1.0).otherwise(0.0),
                lit(1), col("held"),
                when(col("secretary").isNull(), lit("登记系统中无支部书记"))
                        .otherwise(concat(lit("书记讲党课 "), col("held").cast("string"), lit(" 次，应不少于 1 次"))));
    }
}
