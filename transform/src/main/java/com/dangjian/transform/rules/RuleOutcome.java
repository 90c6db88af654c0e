package com.dangjian.transform.rules;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * A rule's results and the records behind them for one night ({@link ComplianceRule#outcome}), with the state both
 * were derived from when the rule computes it once: rule_result and rule_evidence are written one after the other,
 * and Spark would otherwise compute the state again for the second — for the member rules a second pass over the
 * biggest sources (every member's dues, study and meetings). The state stays in Spark's cache (memory, spilling to
 * disk) until {@link #release()}. Measured (bench/night.md, 2026-12-06): rule_evidence became a read of the cache,
 * but building the cache costs about what the second pass did — the night is no faster for it at SF 1 or SF 10.
 */
public record RuleOutcome(String ruleId, Dataset<Row> results, Optional<Dataset<Row>> evidence, List<Dataset<Row>> cached) {

    /** Results and evidence computed each on its own (the rules whose two share little). */
    static RuleOutcome separate(ComplianceRule rule, RuleInputs in) {
        return new RuleOutcome(rule.ruleId(), rule.evaluate(in), rule.evidence(in), List.of());
    }

    /** Results and evidence both derived from {@code state}, computed once. */
    static RuleOutcome fromState(String ruleId, Dataset<Row> state, Function<Dataset<Row>, Dataset<Row>> results,
                                 Function<Dataset<Row>, Dataset<Row>> evidence) {
        Dataset<Row> kept = state.persist(StorageLevel.MEMORY_AND_DISK());
        return new RuleOutcome(ruleId, results.apply(kept), Optional.of(evidence.apply(kept)), List.of(kept));
    }

    /** Frees the cached state once both tables are written (they are read back from the lake afterwards). */
    public void release() {
        cached.forEach(d -> d.unpersist(false));
    }
}
