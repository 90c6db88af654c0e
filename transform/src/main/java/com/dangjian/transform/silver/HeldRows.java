package com.dangjian.transform.silver;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Rows that name an organisation or member the registry does not know (yet). They stay in bronze and are
 * held out of silver — with where they came from and why, so nothing disappears — until the registry knows
 * the code; the night they become known they count.
 */
public final class HeldRows {

    public static final String UNKNOWN_ORG = "UNKNOWN_ORG";
    public static final String UNKNOWN_MEMBER = "UNKNOWN_MEMBER";

    private HeldRows() {
    }

    /** Rows whose {@code column} is not among {@code known.key}. */
    public static Dataset<Row> unknown(Dataset<Row> rows, String column, Dataset<Row> known, String key) {
        return rows.join(known.select(col(key).as("_known")), col(column).equalTo(col("_known")), "left_anti");
    }

    public static Dataset<Row> known(Dataset<Row> rows, String column, Dataset<Row> known, String key) {
        return rows.join(known.select(col(key).as("_known")), col(column).equalTo(col("_known")), "left_semi");
    }

    /**
     * source, table_name, file, line, reason_code, record_key, message, since (the night that landed the row;
     * it has been held since) for held rows.
     */
    public static Dataset<Row> describe(Dataset<Row> held, com.dangjian.contracts.bronze.BronzeTable from, String column,
                                        String reason) {
        java.util.List<String> columns = java.util.Arrays.asList(held.columns());
        String key = java.util.stream.Stream.of("meeting_id", "item_id", "member_id", "org_code")
                .filter(columns::contains).findFirst().orElse(column);
        return held.select(lit(from.source()).as("source"), lit(from.table()).as("table_name"), col("source_file").as("file"),
                col("source_line").as("line"), lit(reason).as("reason_code"), col(key).as("record_key"),
                concat(lit(column + " '"), col(column), lit("' is not in the registry (yet): held until it is")).as("message"),
                (columns.contains("ingest_date") ? col("ingest_date") : lit(null).cast("date")).as("since"));
    }
}
