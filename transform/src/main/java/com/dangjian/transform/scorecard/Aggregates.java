package com.dangjian.transform.scorecard;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Scorecards of general branches and committees: each index is the mean of the branches beneath (any depth),
 * weighted by their members on the month's last day (a branch without members weighs as one, so it is not
 * silently dropped). An index a branch lacks (no evaluation) is left out of that index's mean.
 */
final class Aggregates {

    static final int MAX_DEPTH = 4;

    private Aggregates() {
    }

    /** @param branches org_code, month, compliance_index, engagement_index, evaluation_score, rules_assessed, members */
    static Dataset<Row> aboveBranches(Dataset<Row> branches, Dataset<Row> orgs) {
        Dataset<Row> links = orgs.select(col("org_code").as("child"), col("parent_code").as("ancestor"))
                .where(col("ancestor").isNotNull());
        Dataset<Row> ancestry = orgs.where(col("org_type").equalTo("BRANCH")).select(col("org_code").as("branch"), col("parent_code").as("ancestor"))
                .where(col("ancestor").isNotNull());
        Dataset<Row> level = ancestry;
        for (int depth = 1; depth < MAX_DEPTH; depth++) {
            level = level.as("l").join(links.as("k"), col("k.child").equalTo(col("l.ancestor")))
                    .select(col("l.branch").as("branch"), col("k.ancestor").as("ancestor"));
            ancestry = ancestry.unionByName(level);
        }
        Column w = greatest(col("members"), lit(1L)).cast("double");
        return branches.join(ancestry.distinct(), col("org_code").equalTo(col("branch")))
                .groupBy(col("ancestor").as("org_code"), col("month"))
                .agg(weighted(col("compliance_index"), w).as("compliance_index"),
                        weighted(col("engagement_index"), w).as("engagement_index"),
                        weighted(col("evaluation_score"), w).as("evaluation_score"),
                        sum("rules_assessed").cast("long").as("rules_assessed"),
                        sum("members").as("members"))
                .select("org_code", "month", "compliance_index", "rules_assessed", "engagement_index", "evaluation_score", "members");
    }

    private static Column weighted(Column value, Column weight) {
        return sum(when(value.isNotNull(), value.multiply(weight))).divide(sum(when(value.isNotNull(), weight)));
    }
}
