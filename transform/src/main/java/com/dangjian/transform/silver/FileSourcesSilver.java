package com.dangjian.transform.silver;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The file sources as they finally stand, one rule each:
 * - dues: one row per member and month; a later file repeating the row (a payment filled in) wins;
 * - study: one row per member and day; a repeated row (duplicate or correction) — the later file wins;
 * - evaluations: the highest workbook version wins (-v2 over the first issue), per organisation and year,
 *   organisation and quarter, member and year;
 * - rectification: the ledger is re-sent whole, so only the newest snapshot counts, one row per item.
 * File names carry their export date, so "later" is the greater file name, then the greater line.
 */
public final class FileSourcesSilver {

    private FileSourcesSilver() {
    }

    public static Dataset<Row> dues(Dataset<Row> bronze) {
        return LatestVersion.of(bronze, new String[]{"member_id", "dues_month"},
                        col("source_file").desc(), col("source_line").desc())
                .withColumn("amount_due", col("amount_due_fen").divide(100).cast("decimal(12,2)"))
                .withColumn("amount_paid", col("amount_paid_fen").divide(100).cast("decimal(12,2)"))
                .drop("amount_due_fen", "amount_paid_fen");
    }

    public static Dataset<Row> study(Dataset<Row> bronze) {
        return LatestVersion.of(bronze, new String[]{"member_id", "study_date"},
                col("source_file").desc(), col("source_line").desc());
    }

    public static Dataset<Row> secretaryReview(Dataset<Row> bronze) {
        return LatestVersion.of(bronze, new String[]{"org_code", "year"},
                col("file_version").desc(), col("source_file").desc(), col("source_line").desc());
    }

    public static Dataset<Row> partyBuildingAssessment(Dataset<Row> bronze) {
        return LatestVersion.of(bronze, new String[]{"org_code", "quarter_start"},
                col("file_version").desc(), col("source_file").desc(), col("source_line").desc());
    }

    public static Dataset<Row> memberReview(Dataset<Row> bronze) {
        return LatestVersion.of(bronze, new String[]{"member_id", "year"},
                col("file_version").desc(), col("source_file").desc(), col("source_line").desc());
    }

    /** @param latestSnapshot the rows of the newest complete run that landed a ledger */
    public static Dataset<Row> rectification(Dataset<Row> latestSnapshot) {
        return LatestVersion.of(latestSnapshot, new String[]{"item_id"}, col("source_line").desc());
    }
}
