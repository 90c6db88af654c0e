package com.dangjian.transform.rules;

import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import com.dangjian.contracts.rules.RuleCatalogue;

/** rule_id → weight of the switched-on rules, as a small Dataset for the compliance index. */
public final class RuleWeights {

    static final StructType SCHEMA = new StructType().add("rule_id", DataTypes.StringType).add("weight", DataTypes.DoubleType);

    private RuleWeights() {
    }

    public static Dataset<Row> of(SparkSession spark, RuleCatalogue catalogue) {
        List<Row> rows = catalogue.rules().values().stream().filter(RuleCatalogue.RuleSettings::enabled)
                .map(r -> RowFactory.create(r.id(), r.weight())).toList();
        return spark.createDataFrame(rows, SCHEMA);
    }
}
