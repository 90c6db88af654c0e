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

    /** The means carried up from the branches: the three indices and the parts they are made of. */
    static final java.util.List<String> MEANS = java.util.List.of("compliance_index", "engagement_index", "evaluation_score",
            "attendance", "study", "service", "quarterly_assessment", "secretary_review");

    /** The columns of a branch row, in order. */
    static Column[] columns() {
        java.util.List<Column> c = new java.util.ArrayList<>(java.util.List.of(col("org_code"), col("month"), col("rules_assessed"),
                col("members")));
        MEANS.forEach(m -> c.add(col(m)));
        return c.toArray(Column[]::new);
    }

    private Aggregates() {
    }

    /** @param branches the {@link #columns()} of each branch and month */
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
        java.util.List<Column> aggregates = new java.util.ArrayList<>();
        MEANS.forEach(m -> aggregates.add(weighted(col(m), w).as(m)));
        aggregates.add(sum("members").as("members"));
        return branches.join(ancestry.distinct(), col("org_code").equalTo(col("branch")))
                .groupBy(col("ancestor").as("org_code"), col("month"))
                .agg(sum("rules_assessed").cast("long").as("rules_assessed"), aggregates.toArray(Column[]::new))
                .select(columns());
    }

    private static Column weighted(Column value, Column weight) {
        return sum(when(value.isNotNull(), value.multiply(weight))).divide(sum(when(value.isNotNull(), weight)));
    }
}
