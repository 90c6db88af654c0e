package com.dangjian.transform.rules;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import com.dangjian.contracts.rules.PeriodType;

/**
 * One rule of rules.md: for every assessed (organisation, natural period) a status PASS / FAIL /
 * NOT_APPLICABLE, a score in [0, 1] (empty when not applicable), and the required and actual numbers that
 * explain it, with a short note in Chinese for people.
 */
public interface ComplianceRule {

    /** The shape of a result row: rule_result's columns (gold-tables.yaml) without the night's stamps. */
    StructType RESULT = com.dangjian.transform.SparkSchemas.of(com.dangjian.contracts.gold.GoldTables.RULE_RESULT, true);

    String ruleId();

    PeriodType periodType();

    /** Rows in the {@link #RESULT} shape. */
    Dataset<Row> evaluate(RuleInputs in);

    /**
     * Where each branch stands in the period in progress on {@code asOf} (gold rule_progress: what it still has to
     * do this month or quarter): org_code, rule_id, period_type, period_start, period_end, as_of, required, actual.
     * Empty for rules whose in-progress count means nothing to a branch (shares, states).
     */
    default java.util.Optional<Dataset<Row>> progress(RuleInputs in, java.time.LocalDate asOf) {
        return java.util.Optional.empty();
    }

    /** The records behind the results: org_code, period_start, kind, ref (empty when the rule has none to show). */
    default java.util.Optional<Dataset<Row>> evidence(RuleInputs in) {
        return java.util.Optional.empty();
    }

    /**
     * The night's results and evidence together: each on its own by default; a rule whose two derive from one costly
     * state (the members in arrears, the members who did not study) computes it once ({@link RuleOutcome#fromState}).
     * Equal to {@link #evaluate} and {@link #evidence} (MoreRulesTest checks every rule).
     */
    default RuleOutcome outcome(RuleInputs in) {
        return RuleOutcome.separate(this, in);
    }
}
