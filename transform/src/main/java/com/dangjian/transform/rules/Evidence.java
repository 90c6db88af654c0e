package com.dangjian.transform.rules;

import static org.apache.spark.sql.functions.lit;

import java.util.List;
import java.util.Optional;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The records behind every result (rule_evidence): org_code, rule_id, period_start, kind (MEETING, MEMBER,
 * GROUP, LEDGER_ITEM), ref — so a branch told it failed can see why. Member ids appear only here and on a
 * branch's own pages; never names.
 */
public final class Evidence {

    private Evidence() {
    }

    public static Optional<Dataset<Row>> of(List<ComplianceRule> rules, RuleInputs in) {
        return rules.stream()
                .map(r -> r.evidence(in).map(e -> e.select("org_code", "period_start", "kind", "ref")
                        .withColumn("rule_id", lit(r.ruleId()))))
                .flatMap(Optional::stream)
                .reduce(Dataset::unionByName)
                .map(e -> e.select("org_code", "rule_id", "period_start", "kind", "ref"));
    }
}
