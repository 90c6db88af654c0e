package com.dangjian.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

import com.dangjian.contracts.lake.Lake;
import com.dangjian.transform.SparkSessions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * On generated SF 1 data (one department, 3 years) the behaviour profiles surface in the last month's ranking:
 * exemplary branches in the top quartile (at least nine in ten of them; a small exemplary branch whose members
 * study less may sit lower, but never in the bottom half), every lax branch in the bottom quartile, and every
 * overdue-election branch raises its alarm.
 */
class ProfilesSurfaceIT {

    static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);

    @Test
    void exemplaryBranchesLeadLaxOnesTrailAndOverdueElectionsRaiseAlarms() throws Exception {
        GeneratedNight generated = GeneratedNight.run(1.0, 20240101, AS_OF, 36, 0.002);
        Path dir = generated.dir();

        JsonNode summary = new ObjectMapper().readTree(dir.resolve("generation-summary.json").toFile());
        Map<String, String> profile = new HashMap<>();
        summary.get("organisations").forEach(o -> profile.put(o.get("org_code").asText(), o.get("profile").asText()));
        SparkSession spark = SparkSessions.getOrCreate(null);
        Lake lake = generated.lake();
        List<Row> ranking = spark.read().parquet(lake.gold("org_scorecard_monthly"))
                .where("org_type = 'BRANCH' AND month = DATE '2026-10-01'").orderBy("rank_overall").collectAsList();
        int n = ranking.size();
        assertThat(n).isGreaterThan(100);
        List<Integer> exemplary = new java.util.ArrayList<>();
        for (Row r : ranking) {
            String p = profile.get(r.getString(r.fieldIndex("org_code")));
            int rank = r.getInt(r.fieldIndex("rank_overall"));
            if ("EXEMPLARY".equals(p)) {
                exemplary.add(rank);
                assertThat(rank).as("exemplary " + r.getString(r.fieldIndex("org_code")) + " of " + n).isLessThanOrEqualTo(n / 2);
            }
            if ("LAX".equals(p)) {
                assertThat(rank).as("lax " + r.getString(r.fieldIndex("org_code")) + " of " + n).isGreaterThan(n - n / 4);
            }
        }
        assertThat(exemplary).hasSizeGreaterThan(10);
        assertThat(exemplary.stream().filter(rank -> rank <= n / 4).count()).as("exemplary in the top quartile of " + n + ": " + exemplary)
                .isGreaterThanOrEqualTo((long) Math.ceil(exemplary.size() * 0.9));
        List<String> overdueAlarms = spark.read().parquet(lake.gold("alarm")).where("alarm_type = 'ELECTION_OVERDUE'")
                .select("org_code").collectAsList().stream().map(r -> r.getString(0)).toList();
        List<String> overdueBranches = profile.entrySet().stream().filter(e -> e.getValue().equals("OVERDUE_ELECTION"))
                .map(Map.Entry::getKey).toList();
        assertThat(overdueBranches).isNotEmpty();
        assertThat(overdueAlarms).containsAll(overdueBranches);
    }
}
