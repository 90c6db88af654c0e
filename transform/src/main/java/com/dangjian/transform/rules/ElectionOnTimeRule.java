package com.dangjian.transform.rules;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.months_between;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import com.dangjian.contracts.rules.PeriodType;
import com.dangjian.contracts.rules.RuleId;
import com.dangjian.contracts.rules.Status;

/**
 * 换届: on each month's last day the committee's term must not have expired — committee_elected_on +
 * term_years is after that day. The election date and term are those of the registry version in force on that
 * day ({@link RuleInputs#organisationsOn}), never a later election applied backwards. A missing election date
 * fails. An election recorded after the day (the only version the lake holds is newer than the day) says
 * nothing about the term running then: not applicable, with a note (docs/rules-decisions.md). Assessed for
 * branches, general branches and committees existing on that day. A missing term_years takes the statutory
 * default (5 years for a committee, 3 otherwise). required = the term in months, actual = whole months since
 * the election.
 */
public record ElectionOnTimeRule() implements ComplianceRule {

    @Override
    public String ruleId() {
        return RuleId.ELECTION_ON_TIME.id();
    }

    @Override
    public PeriodType periodType() {
        return PeriodType.POINT;
    }

    @Override
    public Dataset<Row> evaluate(RuleInputs in) {
        Dataset<Row> assessed = in.assessed(PeriodType.POINT, "BRANCH", "GENERAL_BRANCH", "COMMITTEE")
                .select("org_code", "org_type", "period_start", "period_end");
        Dataset<Row> onDay = in.organisationsOn(assessed.select(col("org_code"), col("period_end").as("day")))
                .select(col("org_code").as("v_org"), col("day").as("v_day"), col("committee_elected_on"), col("term_years"));
        Dataset<Row> withTerm = assessed.join(onDay, col("v_org").equalTo(col("org_code")).and(col("v_day").equalTo(col("period_end"))));
        Column term = coalesce(col("term_years"), when(col("org_type").equalTo("COMMITTEE"), 5).otherwise(3));
        Column expiry = add_months(col("committee_elected_on"), term.multiply(12));
        Column missing = col("committee_elected_on").isNull();
        Column later = col("committee_elected_on").gt(col("period_end"));
        Column passed = expiry.gt(col("period_end"));
        return Results.of(withTerm, RuleId.ELECTION_ON_TIME.id(), PeriodType.POINT,
                when(missing, Status.FAIL.name()).when(later, Status.NOT_APPLICABLE.name()).when(passed, Status.PASS.name())
                        .otherwise(Status.FAIL.name()),
                when(missing, 0.0).when(later, lit(null)).when(passed, 1.0).otherwise(0.0),
                when(later, lit(null)).otherwise(term.multiply(12)),
                when(later, lit(null)).otherwise(floor(months_between(col("period_end"), col("committee_elected_on")))),
                when(missing, lit("登记系统中无换届日期"))
                        .when(later, concat(lit("登记系统所记换届日期 "), col("committee_elected_on").cast("string"),
                                lit(" 晚于考核日，考核日的届期不可考")))
                        .otherwise(concat(lit("上次换届 "), col("committee_elected_on").cast("string"),
                                lit("，任期 "), term.cast("string"), lit(" 年，届满 "), expiry.cast("string"))));
    }
}
