package com.dangjian.transform.rules;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import com.dangjian.contracts.rules.PeriodType;
import com.dangjian.contracts.rules.RuleId;
import com.dangjian.contracts.rules.Status;

/**
 * GROUP_MONTHLY: every party group that existed all month held at least one GROUP meeting; score = share of
 * groups that did; not applicable when the branch has no group. The registry keeps no founding date for a
 * group, so a group counts unless it was dissolved on or before the month's last day.
 * required = groups, actual = groups that met.
 */
public record GroupMonthlyRule() implements ComplianceRule {

    @Override
    public String ruleId() {
        return RuleId.GROUP_MONTHLY.id();
    }

    @Override
    public PeriodType periodType() {
        return PeriodType.MONTH;
    }

    /** org_code, period_start, group_code of groups that should have met. */
    Dataset<Row> groupsDue(RuleInputs in) {
        return in.assessed(PeriodType.MONTH, "BRANCH").select("org_code", "period_start", "period_end").as("a")
                .join(in.groups().as("g"), col("g.org_code").equalTo(col("a.org_code"))
                        .and(col("g.dissolved_on").isNull().or(col("g.dissolved_on").gt(col("a.period_end")))))
                .select(col("a.org_code").as("org_code"), col("a.period_start").as("period_start"),
                        col("a.period_end").as("period_end"), col("g.group_code").as("group_code"));
    }

    /** Groups that did not meet: org_code, period_start, group_code. */
    public Dataset<Row> silentGroups(RuleInputs in) {
        return groupsDue(in).as("d").join(met(in).as("m"), col("m.group_code").equalTo(col("d.group_code"))
                        .and(col("m.held_on").between(col("d.period_start"), col("d.period_end"))), "left_anti")
                .select("org_code", "period_start", "group_code");
    }

    private static Dataset<Row> met(RuleInputs in) {
        return in.meetings().where(col("type").equalTo("GROUP").and(col("group_code").isNotNull()))
                .select("group_code", "held_on");
    }

    @Override
    public Dataset<Row> evaluate(RuleInputs in) {
        Dataset<Row> counted = groupsDue(in).as("d")
                .join(met(in).as("m"), col("m.group_code").equalTo(col("d.group_code"))
                        .and(col("m.held_on").between(col("d.period_start"), col("d.period_end"))), "left")
                .groupBy(col("d.org_code").as("org_code"), col("d.period_start").as("period_start"))
                .agg(countDistinct(col("d.group_code")).as("groups"), countDistinct(col("m.group_code")).as("met"));
        Dataset<Row> all = in.assessed(PeriodType.MONTH, "BRANCH").select("org_code", "period_start", "period_end")
                .join(counted, new String[]{"org_code", "period_start"}, "left");
        Column groups = coalesce(col("groups"), lit(0L));
        Column met = coalesce(col("met"), lit(0L));
        Column none = groups.equalTo(0);
        return Results.of(all, ruleId(), PeriodType.MONTH,
                when(none, Status.NOT_APPLICABLE.name()).when(met.equalTo(groups), Status.PASS.name()).otherwise(Status.FAIL.name()),
                when(none, lit(null)).otherwise(met.divide(groups)),
                when(none, lit(null)).otherwise(groups), met,
                when(none, lit("支部未设党小组")).otherwise(concat(lit("召开党小组会的党小组 "), met.cast("string"),
                        lit(" 个 / 共 "), groups.cast("string"), lit(" 个"))));
    }


    /** Groups that did not meet: kind GROUP, ref group_code. */
    @Override
    public java.util.Optional<Dataset<Row>> evidence(RuleInputs in) {
        return java.util.Optional.of(silentGroups(in).select(col("org_code"), col("period_start"), lit("GROUP").as("kind"),
                col("group_code").as("ref")));
    }
}
