package com.dangjian.transform.scorecard;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import com.dangjian.contracts.rules.PeriodType;
import com.dangjian.transform.rules.RuleInputs;

/**
 * The engagement index of each branch and month (rules.md): 100 × (0.5 × attendance + 0.3 × study + 0.2 ×
 * service), weights from the catalogue.
 * - attendance = Σ present ÷ Σ expected over BRANCH_ASSEMBLY, GROUP, LECTURE, THEME_DAY meetings held in the
 *   month (0 when none was held);
 * - study = min(1, mean study minutes per member in the month ÷ 120), members as of the month's end;
 * - service = share of those members present at ≥ 1 VOLUNTEER or CONTACT_VISIT in the quarter to date.
 */
public final class Engagement {

    /** The columns of a month's engagement: its three parts (shares 0–1) and the index. */
    static final java.util.List<String> PARTS = java.util.List.of("attendance", "study", "service", "engagement_index");

    private Engagement() {
    }

    /**
     * org_code, month, attendance, study, service, engagement_index for every branch scored in the month (existing
     * all month, with members on its last day) — never empty for one of them: no meeting held is attendance 0,
     * nothing studied is study 0.
     */
    public static Dataset<Row> monthly(RuleInputs in) {
        var c = in.catalogue();
        double wa = c.scorecardWeight("engagement.attendance", 0.5);
        double ws = c.scorecardWeight("engagement.study", 0.3);
        double wv = c.scorecardWeight("engagement.service", 0.2);
        double target = c.scorecardWeight("engagement.studyMinutesTarget", 120);
        Dataset<Row> months = in.assessed(PeriodType.MONTH, "BRANCH").select(col("org_code"), col("period_start").as("month"),
                col("period_end"));

        Dataset<Row> attendance = in.meetings().where(col("type").isin("BRANCH_ASSEMBLY", "GROUP", "LECTURE", "THEME_DAY"))
                .groupBy(col("org_code"), trunc(col("held_on"), "month").as("month"))
                .agg(sum(size(col("present"))).as("present"), sum(size(col("expected"))).as("expected"));

        Dataset<Row> members = in.assessedMembers(PeriodType.MONTH).select(col("org_code"), col("period_start").as("month"), col("member_id"));
        Dataset<Row> minutes = in.study().groupBy(col("member_id"), trunc(col("study_date"), "month").as("month"))
                .agg(sum("minutes").as("minutes"));
        Dataset<Row> study = members.join(minutes, new String[]{"member_id", "month"}, "left")
                .groupBy("org_code", "month")
                .agg(count("*").as("members"), sum(coalesce(col("minutes"), lit(0L))).as("minutes"));

        Dataset<Row> served = in.meetings().where(col("type").isin("VOLUNTEER", "CONTACT_VISIT"))
                .select(explode(col("present")).as("member_id"), col("held_on"));
        Dataset<Row> service = members.as("m").join(served.as("s"), col("s.member_id").equalTo(col("m.member_id"))
                        .and(col("s.held_on").geq(trunc(col("m.month"), "quarter")))
                        .and(col("s.held_on").lt(org.apache.spark.sql.functions.add_months(col("m.month"), 1))), "left_semi")
                .groupBy("org_code", "month").agg(count("*").as("served"));

        Dataset<Row> joined = months.join(attendance, new String[]{"org_code", "month"}, "left")
                .join(study, new String[]{"org_code", "month"}, "left")
                .join(service, new String[]{"org_code", "month"}, "left");
        Column a = when(coalesce(col("expected"), lit(0L)).gt(0), col("present").divide(col("expected"))).otherwise(0.0);
        Column memberCount = coalesce(col("members"), lit(0L));
        Column s = when(memberCount.gt(0), least(lit(1.0), col("minutes").divide(memberCount).divide(target))).otherwise(0.0);
        Column v = when(memberCount.gt(0), coalesce(col("served"), lit(0L)).divide(memberCount)).otherwise(0.0);
        return joined.select(col("org_code"), col("month"), a.as("attendance"), s.as("study"), v.as("service"))
                .withColumn("engagement_index", col("attendance").multiply(wa).plus(col("study").multiply(ws))
                        .plus(col("service").multiply(wv)).divide(wa + ws + wv).multiply(100));
    }
}
