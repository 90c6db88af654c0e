package com.dangjian.transform.silver;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

import com.dangjian.contracts.bronze.BronzeTable;

/**
 * Keeps rows whose codes the registry knows; collects the others as held rows ({@link HeldRows}). Each input is
 * persisted on first use: its known rows are written to silver first and its unknown ones to held_rows later,
 * and without it the source (study: millions of rows, deduplicated) would be read and deduplicated twice.
 */
final class Conformed {

    private final Dataset<Row> organisations;
    private final Dataset<Row> members;
    private final List<Dataset<Row>> held = new ArrayList<>();
    private final List<Dataset<Row>> persisted = new ArrayList<>();

    Conformed(Dataset<Row> organisations, Dataset<Row> members) {
        this.organisations = organisations;
        this.members = members;
    }

    Dataset<Row> byOrg(BronzeTable table, Dataset<Row> input) {
        Dataset<Row> rows = persist(input);
        held.add(HeldRows.describe(HeldRows.unknown(rows, "org_code", organisations, "org_code"), table, "org_code",
                HeldRows.UNKNOWN_ORG));
        return HeldRows.known(rows, "org_code", organisations, "org_code");
    }

    Dataset<Row> byMember(BronzeTable table, Dataset<Row> input) {
        return knownMembers(table, persist(input));
    }

    /** As {@link #byMember}, for rows already stored (a {@link MergedSource}): read twice rather than cached. */
    Dataset<Row> storedByMember(BronzeTable table, Dataset<Row> stored) {
        return knownMembers(table, stored);
    }

    private Dataset<Row> knownMembers(BronzeTable table, Dataset<Row> rows) {
        held.add(HeldRows.describe(HeldRows.unknown(rows, "member_id", members, "member_id"), table, "member_id",
                HeldRows.UNKNOWN_MEMBER));
        return HeldRows.known(rows, "member_id", members, "member_id");
    }

    Dataset<Row> held() {
        return held.stream().reduce(Dataset::unionByName).orElseThrow();
    }

    private Dataset<Row> persist(Dataset<Row> rows) {
        Dataset<Row> p = rows.persist(StorageLevel.MEMORY_AND_DISK());
        persisted.add(p);
        return p;
    }

    /** Frees the persisted inputs once silver and held_rows are written. */
    void release() {
        persisted.forEach(Dataset::unpersist);
    }
}
