package com.dangjian.transform.rules;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import com.dangjian.contracts.rules.PeriodType;
import com.dangjian.contracts.rules.RuleId;
import com.dangjian.contracts.rules.Status;

/**
 * BRANCH_SIZE (POINT): at least 3 full members and at most 50 members on the month's last day (both
 * configurable). required = the minimum of full members, actual = full members; the note gives both counts.
 */
public record BranchSizeRule() implements ComplianceRule {

    @Override
    public String ruleId() {
        return RuleId.BRANCH_SIZE.id();
    }

    @Override
    public PeriodType periodType() {
        return PeriodType.POINT;
    }

    @Override
    public Dataset<Row> evaluate(RuleInputs in) {
        var settings = in.catalogue().rule(ruleId());
        int minFull = settings.integer("minimumFullMembers", 3);
        int maxMembers = settings.integer("maximumMembers", 50);
        Dataset<Row> sized = in.assessed(PeriodType.POINT, "BRANCH").select("org_code", "period_start", "period_end").as("a")
                .join(in.branchSizes().as("s"), col("s.org_code").equalTo(col("a.org_code")).and(col("s.day").equalTo(col("a.period_end"))), "left")
                .select(col("a.org_code").as("org_code"), col("a.period_start").as("period_start"), col("a.period_end").as("period_end"),
                        coalesce(col("s.members"), lit(0L)).as("members"), coalesce(col("s.full_members"), lit(0L)).as("full_members"));
        Column ok = col("full_members").geq(minFull).and(col("members").leq(maxMembers));
        return Results.of(sized, ruleId(), PeriodType.POINT,
                when(ok, Status.PASS.name()).otherwise(Status.FAIL.name()), when(ok, 1.0).otherwise(0.0),
                lit(minFull), col("full_members"),
                concat(lit("正式党员 "), col("full_members").cast("string"), lit(" 人（应不少于 " + minFull + "），党员 "),
                        col("members").cast("string"), lit(" 人（应不超过 " + maxMembers + "）")));
    }
}
