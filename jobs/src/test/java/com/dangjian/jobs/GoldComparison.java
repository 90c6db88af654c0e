package com.dangjian.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.round;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

import com.dangjian.contracts.gold.GoldTable;
import com.dangjian.contracts.gold.GoldTables;
import com.dangjian.transform.GoldWriter;

/**
 * Two lakes' gold, table by table, equal: every row (the run's stamps left out), doubles within a tolerance — for
 * nights that must give the same gold by different roads (incremental and full, local and on a cluster).
 */
final class GoldComparison {

    private GoldComparison() {
    }

    /** Every gold table of lake {@code a} equals lake {@code b}'s; the rows that differ are named when they do. */
    static void assertSame(SparkSession spark, Path a, Path b, String aName, String bName) {
        for (GoldTable table : GoldTables.ALL) {
            Dataset<Row> ra = comparable(spark.read().parquet(a.resolve("gold/" + table.name()).toString()));
            Dataset<Row> rb = comparable(spark.read().parquet(b.resolve("gold/" + table.name()).toString()));
            WarehouseFingerprint.TableFingerprint fa = fingerprint(ra);
            WarehouseFingerprint.TableFingerprint fb = fingerprint(rb);
            if (!fa.exact().equals(fb.exact())) { // the rows that differ (doubles rounded for reading), named when they do
                assertThat(rounded(ra).exceptAll(rounded(rb)).limit(5).collectAsList()).as(table.name() + " rows only " + aName
                        + " has").isEmpty();
                assertThat(rounded(rb).exceptAll(rounded(ra)).limit(5).collectAsList()).as(table.name() + " rows only " + bName
                        + " has").isEmpty();
            }
            assertThat(fa).as(aName + " against " + bName + ": " + table.name() + " (doubles row by row)").isEqualTo(fb);
        }
    }

    /**
     * Row count and the sum of the hashes of the rows' non-double columns (equal for the same rows in any order), and
     * the doubles row by row in the order of the other columns, compared within a tolerance as WarehouseFingerprint
     * does (sums in another order may differ in the last bits).
     */
    private static WarehouseFingerprint.TableFingerprint fingerprint(Dataset<Row> rows) {
        List<Column> exact = new ArrayList<>();
        List<Column> doubles = new ArrayList<>();
        for (StructField f : rows.schema().fields()) {
            (f.dataType().equals(DataTypes.DoubleType) ? doubles : exact).add(col(f.name()));
        }
        Row hashed = rows.agg(org.apache.spark.sql.functions.count(org.apache.spark.sql.functions.lit(1)),
                org.apache.spark.sql.functions.sum(org.apache.spark.sql.functions.xxhash64(exact.toArray(Column[]::new))
                        .cast("decimal(38,0)"))).first();
        List<List<String>> values = new ArrayList<>();
        if (!doubles.isEmpty()) {
            List<Column> order = new ArrayList<>(exact);
            order.addAll(doubles);
            for (Row r : rows.orderBy(order.toArray(Column[]::new)).select(doubles.toArray(Column[]::new)).collectAsList()) {
                List<String> v = new ArrayList<>();
                for (int i = 0; i < r.size(); i++) {
                    v.add(r.isNullAt(i) ? "∅" : Double.toString(r.getDouble(i)));
                }
                values.add(v);
            }
        }
        return new WarehouseFingerprint.TableFingerprint(hashed.toString(), values);
    }

    /** The rows without the run's stamps. */
    private static Dataset<Row> comparable(Dataset<Row> rows) {
        List<Column> cols = new ArrayList<>();
        for (StructField f : rows.schema().fields()) {
            if (!List.of("run_id", "computed_at", GoldWriter.PARTITION).contains(f.name())) {
                cols.add(col(f.name()));
            }
        }
        return rows.select(cols.toArray(Column[]::new));
    }

    /** Doubles to four decimals, to read the rows that differ. */
    private static Dataset<Row> rounded(Dataset<Row> rows) {
        return rows.select(java.util.Arrays.stream(rows.schema().fields()).map(f -> f.dataType().equals(DataTypes.DoubleType)
                ? round(col(f.name()), 4).as(f.name()) : col(f.name())).toArray(Column[]::new));
    }
}
