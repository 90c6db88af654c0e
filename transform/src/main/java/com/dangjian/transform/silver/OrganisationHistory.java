package com.dangjian.transform.silver;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lead;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * The organisation dimension with its history (type 2): one row per version the registry has shown the
 * nightly extracts, valid from its {@code updated_at} until the next version's. The registry itself keeps
 * no history, so the history starts with the first night and holds every change a night saw; a change made
 * and undone between two nights is not visible.
 */
public final class OrganisationHistory {

    private OrganisationHistory() {
    }

    /** @param landed every landed version of org_unit (a version read twice counts once) */
    public static Dataset<Row> build(Dataset<Row> landed) {
        Dataset<Row> versions = landed.dropDuplicates("org_code", "updated_at");
        Column next = lead(col("updated_at"), 1).over(Window.partitionBy("org_code").orderBy("updated_at"));
        List<Column> select = new ArrayList<>(Arrays.asList(Organisations.columns()));
        select.add(col("updated_at").as("valid_from"));
        select.add(next.as("valid_to"));
        select.add(next.isNull().as("is_current"));
        return versions.select(select.toArray(Column[]::new));
    }
}
