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

/**
 * 换届: on each month's last day the committee's term must not have expired — committee_elected_on +
 * term_years is after that day. A missing election date fails. Assessed for branches, general branches and
 * committees existing on that day. A missing term_years takes the statutory default (5 years for a
 * committee, 3 otherwise). required = the term in months, actual = whole months since the election.
 */
public record ElectionOnTimeRule() implements ComplianceRule {

    @Override
    public String ruleId() {
        return RuleIds.ELECTION_ON_TIME;
    }

    @Override
    public PeriodType periodType() {
        return PeriodType.POINT;
    }

    @Override
    public Dataset<Row> evaluate(RuleInputs in) {
        Dataset<Row> assessed = in.assessed(PeriodType.POINT, "BRANCH", "GENERAL_BRANCH", "COMMITTEE");
        Column term = coalesce(col("term_years"), when(col("org_type").equalTo("COMMITTEE"), 5).otherwise(3));
        Column expiry = add_months(col("committee_elected_on"), term.multiply(12));
        Column missing = col("committee_elected_on").isNull();
        Column passed = expiry.gt(col("period_end"));
        return assessed.select(
                col("org_code"),
                lit(RuleIds.ELECTION_ON_TIME).as("rule_id"),
                lit(PeriodType.POINT.name()).as("period_type"),
                col("period_start"),
                col("period_end"),
                when(missing, "FAIL").when(passed, "PASS").otherwise("FAIL").as("status"),
                when(missing, 0.0).when(passed, 1.0).otherwise(0.0).cast("double").as("score"),
                term.multiply(12).cast("double").as("required"),
                floor(months_between(col("period_end"), col("committee_elected_on"))).cast("double").as("actual"),
                when(missing, lit("登记系统中无换届日期"))
                        .otherwise(concat(lit("上次换届 "), col("committee_elected_on").cast("string"),
                                lit("，任期 "), term.cast("string"), lit(" 年，届满 "), expiry.cast("string")))
                        .as("note"));
    }
}
