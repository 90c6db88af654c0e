package com.dangjian.transform.silver;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import com.dangjian.contracts.bronze.BronzeTable;

/**
 * The file sources as they finally stand, one rule each:
 * - dues: one row per member and month; a later file repeating the row (a payment filled in) wins;
 * - study: one row per member and day; a repeated row (duplicate or correction) — the later file wins (kept
 *   between nights and merged with each night's new runs: {@link MergedSource});
 * - evaluations: the highest workbook version wins (-v2 over the first issue), per organisation and year,
 *   organisation and quarter, member and year;
 * - rectification: the ledger is re-sent whole, so only the newest snapshot counts, one row per item.
 * File names carry their export date, so "later" is the greater file name, then the greater line. Which copy
 * stands is each table's {@link BronzeTable#newestFirst} rule, applied by {@link LatestVersion}.
 */
public final class FileSourcesSilver {

    private FileSourcesSilver() {
    }

    public static Dataset<Row> dues(Dataset<Row> bronze) {
        return LatestVersion.of(bronze, BronzeTable.DUES)
                .withColumn("amount_due", col("amount_due_fen").divide(100).cast("decimal(12,2)"))
                .withColumn("amount_paid", col("amount_paid_fen").divide(100).cast("decimal(12,2)"))
                .drop("amount_due_fen", "amount_paid_fen");
    }

    public static Dataset<Row> secretaryReview(Dataset<Row> bronze) {
        return LatestVersion.of(bronze, BronzeTable.SECRETARY_REVIEW);
    }

    public static Dataset<Row> partyBuildingAssessment(Dataset<Row> bronze) {
        return LatestVersion.of(bronze, BronzeTable.PARTY_BUILDING_ASSESSMENT);
    }

    public static Dataset<Row> memberReview(Dataset<Row> bronze) {
        return LatestVersion.of(bronze, BronzeTable.MEMBER_REVIEW);
    }

    /** @param latestSnapshot the rows of the newest complete run that landed a ledger */
    public static Dataset<Row> rectification(Dataset<Row> latestSnapshot) {
        return LatestVersion.of(latestSnapshot, BronzeTable.RECTIFICATION_ITEM);
    }
}
