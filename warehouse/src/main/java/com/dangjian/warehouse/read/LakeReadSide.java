package com.dangjian.warehouse.read;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import com.dangjian.transform.Lake;
import com.dangjian.warehouse.clickhouse.Tsv;

/**
 * Gold answered by Spark SQL over the Parquet lake (embedded mode): each gold table is a temporary view of
 * the same name. Values are rendered as ClickHouse renders them in TSV, so both read sides agree.
 */
public final class LakeReadSide implements GoldReadSide {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final SparkSession spark;
    private final Lake lake;

    public LakeReadSide(SparkSession spark, Lake lake, List<String> tables) {
        this.spark = spark;
        this.lake = lake;
        for (String table : tables) {
            Path dir = Path.of(lake.gold(table));
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException("gold table " + table + " is missing under " + dir + ": run the night first");
            }
            Dataset<Row> rows = spark.read().parquet(dir.toString());
            if (Arrays.asList(rows.columns()).contains("p_year")) {
                rows = rows.drop("p_year");
            }
            rows.createOrReplaceTempView(table);
        }
    }

    @Override
    public Tsv.Table query(String sql) {
        Dataset<Row> result = spark.sql(sql);
        List<List<String>> rows = new ArrayList<>();
        for (Row r : result.collectAsList()) {
            List<String> values = new ArrayList<>(r.size());
            for (int i = 0; i < r.size(); i++) {
                values.add(r.isNullAt(i) ? null : text(r.get(i)));
            }
            rows.add(values);
        }
        return new Tsv.Table(Arrays.asList(result.columns()), rows);
    }

    /** As ClickHouse prints it: integral floats without ".0", timestamps in China time. */
    static String text(Object v) {
        if (v instanceof Double d) {
            return d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString();
        }
        if (v instanceof BigDecimal b) {
            return b.stripTrailingZeros().toPlainString();
        }
        if (v instanceof Timestamp t) {
            return TIMESTAMP.format(t.toInstant());
        }
        return v.toString();
    }

    @Override
    public String description() {
        return "Parquet lake " + lake.root().resolve("gold");
    }
}
